using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Each person's language (null: the hotel's default), announced like a rename so that StaffAccountWatch knows it
    /// at once and the person's other open pages switch to it.
    /// </summary>
    public partial class StaffLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "users",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_users_language",
                table: "users",
                sql: "language IN ('de', 'en')");

            migrationBuilder.Sql("""
                DROP TRIGGER tr_users_account_changed ON users;
                CREATE TRIGGER tr_users_account_changed AFTER UPDATE OF is_active, security_stamp, display_name, language ON users
                    FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active
                                       OR OLD.security_stamp IS DISTINCT FROM NEW.security_stamp
                                       OR OLD.display_name IS DISTINCT FROM NEW.display_name
                                       OR OLD.language IS DISTINCT FROM NEW.language)
                    EXECUTE FUNCTION notify_account_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_users_account_changed ON users;
                CREATE TRIGGER tr_users_account_changed AFTER UPDATE OF is_active, security_stamp, display_name ON users
                    FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active
                                       OR OLD.security_stamp IS DISTINCT FROM NEW.security_stamp
                                       OR OLD.display_name IS DISTINCT FROM NEW.display_name)
                    EXECUTE FUNCTION notify_account_change();
                """);
            migrationBuilder.DropCheckConstraint(
                name: "ck_users_language",
                table: "users");

            migrationBuilder.DropColumn(
                name: "language",
                table: "users");
        }
    }
}
