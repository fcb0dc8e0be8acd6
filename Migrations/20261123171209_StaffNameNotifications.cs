using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// StaffAccountWatch also keeps every account's display name in memory, so that live toasts and "Anna is editing"
    /// name people without asking the database: announce a new account and a renamed one too (AccountChangeNotifications
    /// announced only deactivation, password resets and deletions).
    /// </summary>
    public partial class StaffNameNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_users_account_changed ON users;
                CREATE TRIGGER tr_users_account_changed AFTER UPDATE OF is_active, security_stamp, display_name ON users
                    FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active
                                       OR OLD.security_stamp IS DISTINCT FROM NEW.security_stamp
                                       OR OLD.display_name IS DISTINCT FROM NEW.display_name)
                    EXECUTE FUNCTION notify_account_change();
                CREATE TRIGGER tr_users_account_created AFTER INSERT ON users
                    FOR EACH ROW EXECUTE FUNCTION notify_account_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS tr_users_account_created ON users;
                DROP TRIGGER tr_users_account_changed ON users;
                CREATE TRIGGER tr_users_account_changed AFTER UPDATE OF is_active, security_stamp ON users
                    FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.security_stamp IS DISTINCT FROM NEW.security_stamp)
                    EXECUTE FUNCTION notify_account_change();
                """);
        }
    }
}
