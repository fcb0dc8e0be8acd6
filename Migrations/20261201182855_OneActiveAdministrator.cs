using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// BookingWeb always keeps one active administrator, whoever changes the accounts (the app, psql) and however their
    /// transactions interleave. A count in C# before the update raced: two admins demoting each other both counted two.
    /// Here every transaction that deactivates, deletes or demotes an administrator checks at commit (deferred, so a
    /// role swap within one transaction passes), one at a time under a transaction-scoped advisory lock; at READ
    /// COMMITTED the count after the lock sees what the transaction before it committed. The app saves at READ
    /// COMMITTED; under SERIALIZABLE PostgreSQL would refuse the write skew itself.
    /// </summary>
    public partial class OneActiveAdministrator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION keep_an_active_administrator() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    admin_role text := (SELECT id FROM roles WHERE normalized_name = 'ADMIN');
                BEGIN
                    IF TG_TABLE_NAME = 'user_roles' THEN
                        IF OLD.role_id IS DISTINCT FROM admin_role THEN RETURN NULL; END IF;
                    ELSIF NOT EXISTS (SELECT 1 FROM user_roles WHERE user_id = OLD.id AND role_id = admin_role) THEN
                        RETURN NULL; -- not an administrator (or no longer one: the user_roles trigger checks that)
                    END IF;
                    PERFORM pg_advisory_xact_lock(hashtext('bookingweb.active_administrators'));
                    IF NOT EXISTS (SELECT 1 FROM users u JOIN user_roles ur ON ur.user_id = u.id
                                   WHERE ur.role_id = admin_role AND u.is_active) THEN
                        RAISE EXCEPTION 'BookingWeb needs at least one active administrator.'
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_one_active_administrator';
                    END IF;
                    RETURN NULL;
                END;
                $$;

                CREATE CONSTRAINT TRIGGER tr_users_keep_administrator AFTER UPDATE OF is_active ON users
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.is_active AND NOT NEW.is_active)
                    EXECUTE FUNCTION keep_an_active_administrator();
                CREATE CONSTRAINT TRIGGER tr_user_roles_keep_administrator AFTER UPDATE OR DELETE ON user_roles
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                    EXECUTE FUNCTION keep_an_active_administrator();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS tr_users_keep_administrator ON users;
                DROP TRIGGER IF EXISTS tr_user_roles_keep_administrator ON user_roles;
                DROP FUNCTION IF EXISTS keep_an_active_administrator();
                """);
        }
    }
}
