using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Deactivating an account, resetting its password or ending its sessions changes the users row's is_active or
    /// security_stamp: announce that on the change channel (table "users", ids omitted: StaffAccountWatch reloads every
    /// account at once), so that open pages sign out within moments instead of each polling the database. Other
    /// updates of the row (sign-in counters, lockout) announce nothing and write no audit row, like presence.
    /// </summary>
    public partial class AccountChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('bookingweb_changes', json_build_object('table', 'users', 'op', TG_OP, 'id', 0,
                        'booking_id', NULL, 'version', NULL,
                        'by', left(nullif(current_setting('bookingweb.user', true), ''), 200),
                        'origin', left(nullif(current_setting('bookingweb.origin', true), ''), 200), 'audit_id', 0)::text);
                    RETURN NULL;
                END;
                $$;

                CREATE TRIGGER tr_users_account_changed AFTER UPDATE OF is_active, security_stamp ON users
                    FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.security_stamp IS DISTINCT FROM NEW.security_stamp)
                    EXECUTE FUNCTION notify_account_change();
                CREATE TRIGGER tr_users_account_deleted AFTER DELETE ON users
                    FOR EACH ROW EXECUTE FUNCTION notify_account_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS tr_users_account_changed ON users;
                DROP TRIGGER IF EXISTS tr_users_account_deleted ON users;
                DROP FUNCTION IF EXISTS notify_account_change();
                """);
        }
    }
}
