using BookingWeb.Testing;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>
/// An UPDATE's audit row is built column by column from the column list the change function was made with
/// (migration ColumnwiseUpdateAudit). A column added later without <c>CALL bookingweb_rebuild_change_function(table)</c>
/// would go unrecorded in History; this fails first.
/// </summary>
public class AuditedColumnsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<string> Tables => ["bookings", "guests", "rooms", "additional_services", "discounts", "reminders"];

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_column_of_the_table_is_compared_by_its_update_audit(string table)
    {
        var source = await Sql.ScalarAsync<string>(database.ConnectionString,
            $"SELECT prosrc FROM pg_proc WHERE proname = 'audit_and_notify_{table}'");
        var columns = await Sql.ScalarAsync<string[]>(database.ConnectionString, $"""
            SELECT array_agg(column_name::text ORDER BY ordinal_position) FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = '{table}'
            """);

        var unaudited = columns.Where(c => !source.Contains($"o.{c} IS DISTINCT FROM n.{c}", StringComparison.Ordinal)).ToArray();

        Assert.True(unaudited.Length == 0,
            $"{table}: {string.Join(", ", unaudited)} not audited on UPDATE; add CALL bookingweb_rebuild_change_function('{table}') to the migration");
    }
}
