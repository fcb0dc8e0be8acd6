using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Search finds what staff type: <c>muller</c>, <c>müller</c> and <c>mueller</c> find Müller (unaccent from contrib,
    /// then ae/oe/ue read as a/o/u), and a phone number is found by its digits alone. Both the searched text and each
    /// typed word go through bookingweb_fold; one trigram index on a guest's folded text replaces the three per column.
    /// The functions are IMMUTABLE (unaccent with its dictionary named) so that an index may use them.
    /// </summary>
    public partial class FoldedSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_guests_email_trgm",
                table: "guests");

            migrationBuilder.DropIndex(
                name: "ix_guests_first_name_trgm",
                table: "guests");

            migrationBuilder.DropIndex(
                name: "ix_guests_last_name_trgm",
                table: "guests");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.Sql("""
                CREATE FUNCTION bookingweb_fold(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    RETURN replace(replace(replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'ae', 'a'), 'oe', 'o'), 'ue', 'u');
                CREATE FUNCTION bookingweb_guest_search(first_name text, last_name text, email text, phone text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    RETURN bookingweb_fold(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '')
                        || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'));
                CREATE INDEX ix_guests_search_trgm ON guests USING gin (bookingweb_guest_search(first_name, last_name, email, phone) gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_guests_search_trgm;
                DROP FUNCTION bookingweb_guest_search(text, text, text, text);
                DROP FUNCTION bookingweb_fold(text);
                """);
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_guests_email_trgm",
                table: "guests",
                column: "email")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_guests_first_name_trgm",
                table: "guests",
                column: "first_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_guests_last_name_trgm",
                table: "guests",
                column: "last_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
