using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// The bookings list's search is an infix match (ILIKE '%word%') on the reservation number and the guest's names
    /// and e-mail, which no B-tree serves. Trigram GIN indexes (pg_trgm, in PostgreSQL's contrib, a trusted extension
    /// that a database owner may create) do, once the search asks each table on its own (BookingQueries unions the two).
    /// </summary>
    public partial class SearchTrigramIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,");

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

            migrationBuilder.CreateIndex(
                name: "ix_bookings_reservation_number_trgm",
                table: "bookings",
                column: "reservation_number")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
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

            migrationBuilder.DropIndex(
                name: "ix_bookings_reservation_number_trgm",
                table: "bookings");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
