using System.Text.Json;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Npgsql;

namespace BookingWeb.Tests.Collaboration.Live;

public class ChangeTriggerTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private string Db => database.ConnectionString;

    /// <summary>How to insert a row of each table (given an existing booking for the line tables) and which text column to change.</summary>
    private static readonly Dictionary<string, (string Insert, string TextColumn)> Tables = new()
    {
        ["rooms"] = ("""
            INSERT INTO rooms (number, name, type, max_adults, max_children, base_rate, is_active, created_at, updated_at)
            VALUES ('T-' || floor(random() * 1e9)::text, 'Garden', 'Double', 2, 0, 80, true, now(), now())
            """, "notes"),
        ["guests"] = ("INSERT INTO guests (first_name, last_name, created_at, updated_at) VALUES ('Ada', 'Lovelace', now(), now())", "notes"),
        ["bookings"] = ("""
            INSERT INTO bookings (reservation_number, room_id, guest_id, check_in, check_out, adults, children, status,
                                  rate_per_night, payment_status, amount_paid, created_at, updated_at)
            SELECT next_reservation_number(2031), room_id, guest_id, date '2031-01-01', date '2031-01-02', 1, 0,
                   'Cancelled', 90, 'Unpaid', 0, now(), now() FROM bookings WHERE id = {booking}
            """, "notes"),
        ["additional_services"] = ("""
            INSERT INTO additional_services (booking_id, description, quantity, unit_price, created_at, updated_at)
            VALUES ({booking}, 'Breakfast', 2, 12.5, now(), now())
            """, "description"),
        ["discounts"] = ("""
            INSERT INTO discounts (booking_id, description, kind, value, created_at, updated_at)
            VALUES ({booking}, 'Loyalty', 'Percent', 10, now(), now())
            """, "description"),
        ["reminders"] = ("""
            INSERT INTO reminders (booking_id, due_at, text, done, created_at, updated_at)
            VALUES ({booking}, now(), 'Call the guest', false, now(), now())
            """, "text"),
    };

    public static TheoryData<string> TableNames => [.. Tables.Keys];

    [Theory]
    [MemberData(nameof(TableNames))]
    public async Task Insert_update_and_delete_each_announce_one_change_with_ids_and_an_audit_row(string table)
    {
        var bookingId = await Sql.InsertBookingAsync(Db);
        await using var probe = await NotificationProbe.ListenAsync(Db);
        var (insert, textColumn) = Tables[table];

        var (id, insertedVersion) = await ReturningIdAndVersionAsync(insert.Replace("{booking}", bookingId.ToString()));
        var inserted = await probe.ReceiveOneAsync();
        var expectedBookingId = table switch { "bookings" => id, "rooms" or "guests" => (int?)null, _ => bookingId };
        AssertAnnounced(inserted, table, "INSERT", id, expectedBookingId, insertedVersion);
        var insertChanges = await AuditChangesAsync(inserted);
        Assert.Equal(id, insertChanges.GetProperty("id").GetProperty("new").GetInt32());
        Assert.False(insertChanges.GetProperty("id").TryGetProperty("old", out _));

        var (_, updatedVersion) = await ReturningIdAndVersionAsync($"UPDATE {table} SET {textColumn} = 'changed' WHERE id = {id}");
        var updated = await probe.ReceiveOneAsync();
        AssertAnnounced(updated, table, "UPDATE", id, expectedBookingId, updatedVersion);
        var updateChanges = await AuditChangesAsync(updated);
        Assert.Equal([textColumn], updateChanges.EnumerateObject().Select(p => p.Name));
        Assert.Equal("changed", updateChanges.GetProperty(textColumn).GetProperty("new").GetString());

        await Sql.ExecuteAsync(Db, $"DELETE FROM {table} WHERE id = {id}");
        var deleted = await probe.ReceiveOneAsync();
        AssertAnnounced(deleted, table, "DELETE", id, expectedBookingId, expectedVersion: null);
        var deleteChanges = await AuditChangesAsync(deleted);
        Assert.Equal("changed", deleteChanges.GetProperty(textColumn).GetProperty("old").GetString());
        Assert.False(deleteChanges.GetProperty(textColumn).TryGetProperty("new", out _));
    }

    [Fact]
    public async Task An_update_that_changes_nothing_announces_nothing_and_writes_no_audit_row()
    {
        var roomId = await Sql.InsertRoomAsync(Db);
        await using var probe = await NotificationProbe.ListenAsync(Db);
        var auditRowsBefore = await Sql.ScalarAsync<long>(Db, "SELECT count(*) FROM audit_log");

        await Sql.ExecuteAsync(Db, $"UPDATE rooms SET notes = notes, base_rate = base_rate WHERE id = {roomId}");

        Assert.Empty(await probe.ReceiveAllAsync());
        Assert.Equal(auditRowsBefore, await Sql.ScalarAsync<long>(Db, "SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task Who_and_where_come_from_the_transaction_settings_and_are_null_outside_the_app()
    {
        var guestId = await Sql.InsertGuestAsync(Db);
        await using var probe = await NotificationProbe.ListenAsync(Db);
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await Sql.ScalarAsync<string>(connection,
                "SELECT set_config('bookingweb.user', 'user-42', true) || set_config('bookingweb.origin', 'circuit-7', true)");
            await Sql.ScalarAsync<int>(connection, $"UPDATE guests SET city = 'Oslo' WHERE id = {guestId} RETURNING id");
            await transaction.CommitAsync();
        }
        var fromApp = await probe.ReceiveOneAsync();
        Assert.Equal("user-42", fromApp.GetProperty("by").GetString());
        Assert.Equal("circuit-7", fromApp.GetProperty("origin").GetString());
        Assert.Equal("user-42", await Sql.ScalarAsync<string>(Db, $"SELECT changed_by FROM audit_log WHERE id = {AuditId(fromApp)}"));
        Assert.Equal("circuit-7", await Sql.ScalarAsync<string>(Db, $"SELECT origin FROM audit_log WHERE id = {AuditId(fromApp)}"));

        // The same session after the transaction: the local settings are gone (empty, not absent).
        await Sql.ScalarAsync<int>(connection, $"UPDATE guests SET city = 'Bergen' WHERE id = {guestId} RETURNING id");
        var fromOutside = await probe.ReceiveOneAsync();
        Assert.Equal(JsonValueKind.Null, fromOutside.GetProperty("by").ValueKind);
        Assert.Equal(JsonValueKind.Null, fromOutside.GetProperty("origin").ValueKind);
        Assert.Null(await Sql.ScalarAsync<string?>(Db, $"SELECT changed_by FROM audit_log WHERE id = {AuditId(fromOutside)}"));
    }

    [Fact]
    public async Task Deleting_a_booking_announces_its_lines_too()
    {
        var bookingId = await Sql.InsertBookingAsync(Db);
        await Sql.ExecuteAsync(Db, Tables["reminders"].Insert.Replace("{booking}", bookingId.ToString()));
        await using var probe = await NotificationProbe.ListenAsync(Db);

        await Sql.ExecuteAsync(Db, $"DELETE FROM bookings WHERE id = {bookingId}");

        var announced = await probe.ReceiveAllAsync();
        Assert.Equal(["bookings", "reminders"], announced.Select(c => c.GetProperty("table").GetString()).Order());
        Assert.All(announced, change => Assert.Equal(bookingId, change.GetProperty("booking_id").GetInt32()));
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        await Sql.InsertGuestAsync(Db);
        var update = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(Db, "UPDATE audit_log SET changed_by = 'me'"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, update.SqlState);
        var delete = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(Db, "DELETE FROM audit_log"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, delete.SqlState);
    }

    private static void AssertAnnounced(JsonElement change, string table, string op, int id, int? bookingId, string? expectedVersion)
    {
        Assert.Equal(table, change.GetProperty("table").GetString());
        Assert.Equal(op, change.GetProperty("op").GetString());
        Assert.Equal(id, change.GetProperty("id").GetInt32());
        Assert.Equal(bookingId, change.GetProperty("booking_id").ValueKind == JsonValueKind.Null ? null : change.GetProperty("booking_id").GetInt32());
        Assert.Equal(expectedVersion, change.GetProperty("version").GetString());
        Assert.True(change.GetRawText().Length < 1000, "payloads carry ids only");
    }

    private static long AuditId(JsonElement change) => change.GetProperty("audit_id").GetInt64();

    private async Task<JsonElement> AuditChangesAsync(JsonElement change)
    {
        var json = await Sql.ScalarAsync<string>(Db, $"SELECT changes::text FROM audit_log WHERE id = {AuditId(change)}");
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private async Task<(int Id, string Version)> ReturningIdAndVersionAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql + " RETURNING id, xmin::text", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetString(1));
    }
}
