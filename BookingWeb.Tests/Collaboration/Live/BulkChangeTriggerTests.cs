using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Npgsql;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>One statement, many rows: one notice for the table, and still one audit row per changed row.</summary>
public class BulkChangeTriggerTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const int BulkThreshold = 100;

    private string Db => database.ConnectionString;

    [Fact]
    public async Task A_bulk_update_arrives_as_one_notice_and_every_row_keeps_its_audit_row()
    {
        var guestIds = await InsertGuestsAsync(150);
        await using var probe = await NotificationProbe.ListenAsync(Db);

        await InTransactionAsUserAsync($"UPDATE guests SET city = 'Graz ' || id WHERE id = ANY(ARRAY[{string.Join(',', guestIds)}])");

        var notice = await probe.ReceiveOneAsync();
        Assert.Equal("guests", notice.GetProperty("table").GetString());
        Assert.Equal("UPDATE", notice.GetProperty("op").GetString());
        Assert.True(notice.GetProperty("bulk").GetBoolean());
        Assert.Equal(150, notice.GetProperty("count").GetInt32());
        Assert.Equal("user-7", notice.GetProperty("by").GetString());
        Assert.Equal("circuit-3", notice.GetProperty("origin").GetString());
        Assert.False(notice.TryGetProperty("id", out _));
        Assert.True(ChangePayload.TryParse(notice.GetRawText(), DateTimeOffset.UnixEpoch, out var change, out var error), error);
        Assert.Equal(150, change!.Bulk!.Count);

        var audited = await Sql.ScalarAsync<long>(Db, $"""
            SELECT count(*) FROM audit_log
            WHERE id BETWEEN {change.AuditId} AND {change.Bulk.LastAuditId} AND table_name = 'guests' AND operation = 'UPDATE'
              AND changed_by = 'user-7' AND changes -> 'city' ->> 'new' = 'Graz ' || row_id
            """);
        Assert.Equal(150, audited);

        // The History tab of any one of them shows its own change.
        await using var db = database.CreateContext();
        var history = await AuditLog.ForRowAsync(db, ChangeTable.Guests, guestIds[42], limit: 10);
        var latest = history.First();
        Assert.Equal("UPDATE", latest.Operation);
        Assert.Equal($"Graz {guestIds[42]}", latest.NewText("city"));
    }

    [Fact]
    public async Task A_statement_of_up_to_the_threshold_announces_each_row_with_its_ids_and_version()
    {
        var guestIds = await InsertGuestsAsync(BulkThreshold);
        await using var probe = await NotificationProbe.ListenAsync(Db);

        var versions = await UpdateReturningVersionsAsync($"UPDATE guests SET city = 'Linz' WHERE id = ANY(ARRAY[{string.Join(',', guestIds)}])");

        var announced = await probe.ReceiveAllAsync();
        Assert.Equal(guestIds, announced.Select(c => c.GetProperty("id").GetInt32()).Order());
        Assert.All(announced, c =>
        {
            Assert.Equal("UPDATE", c.GetProperty("op").GetString());
            Assert.Equal(versions[c.GetProperty("id").GetInt32()], c.GetProperty("version").GetString());
            Assert.True(c.GetProperty("audit_id").GetInt64() > 0);
            Assert.False(c.TryGetProperty("bulk", out _));
        });
    }

    [Fact]
    public async Task One_row_past_the_threshold_is_announced_as_a_bulk_insert()
    {
        await using var probe = await NotificationProbe.ListenAsync(Db);

        await InsertGuestsAsync(BulkThreshold + 1);

        var notice = await probe.ReceiveOneAsync();
        Assert.Equal("INSERT", notice.GetProperty("op").GetString());
        Assert.Equal(BulkThreshold + 1, notice.GetProperty("count").GetInt32());
        Assert.True(notice.GetRawText().Length < 8000, "a NOTIFY payload must stay under 8000 bytes");
    }

    [Fact]
    public async Task A_bulk_delete_of_bookings_audits_each_booking_and_its_lines()
    {
        var bookingIds = new List<int>();
        for (var i = 0; i < 3; i++) bookingIds.Add(await Sql.InsertBookingAsync(Db));
        var ids = string.Join(',', bookingIds);
        await Sql.ExecuteAsync(Db, $"""
            INSERT INTO reminders (booking_id, due_at, text, done, created_at, updated_at)
            SELECT b, now(), 'Call ' || n, false, now(), now() FROM unnest(ARRAY[{ids}]) AS b, generate_series(1, 50) AS n
            """);
        await using var probe = await NotificationProbe.ListenAsync(Db);

        await Sql.ExecuteAsync(Db, $"DELETE FROM bookings WHERE id = ANY(ARRAY[{ids}])");

        var announced = await probe.ReceiveAllAsync();
        var reminders = Assert.Single(announced, c => c.GetProperty("table").GetString() == "reminders");
        Assert.Equal(150, reminders.GetProperty("count").GetInt32());
        Assert.Equal(bookingIds, announced.Where(c => c.GetProperty("table").GetString() == "bookings")
            .Select(c => c.GetProperty("id").GetInt32()).Order());
        Assert.Equal(153, await Sql.ScalarAsync<long>(Db, $"""
            SELECT count(*) FROM audit_log WHERE operation = 'DELETE' AND booking_id = ANY(ARRAY[{ids}])
            """));
    }

    private async Task<int[]> InsertGuestsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO guests (first_name, last_name, created_at, updated_at)
            SELECT 'Guest', 'No. ' || n, now(), now() FROM generate_series(1, {count}) AS n RETURNING id
            """, connection);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return [.. ids.Order()];
    }

    private async Task<Dictionary<int, string>> UpdateReturningVersionsAsync(string update)
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(update + " RETURNING id, xmin::text", connection);
        var versions = new Dictionary<int, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) versions[reader.GetInt32(0)] = reader.GetString(1);
        return versions;
    }

    private async Task InTransactionAsUserAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Sql.ScalarAsync<string>(connection,
            "SELECT set_config('bookingweb.user', 'user-7', true) || set_config('bookingweb.origin', 'circuit-3', true)");
        await using (var command = new NpgsqlCommand(sql, connection)) await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
