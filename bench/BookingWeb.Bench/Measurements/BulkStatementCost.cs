using System.Diagnostics;
using BookingWeb.Bench.Reporting;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Item 6: what the change triggers add to one UPDATE of many bookings (the storm's statement). Each sample runs in a
/// transaction that is rolled back, so the table and the audit log stay as they were: with today's statement-level
/// triggers, with every user trigger disabled (the baseline), and with the row-level trigger they replaced (one audit row
/// and one NOTIFY per row, recreated inside the transaction). The three alternate so that drift hits them alike.
/// </summary>
public static class BulkStatementCost
{
    public sealed record Result(Samples StatementLevel, Samples Disabled, Samples RowLevel);

    /// <summary>The storm's statement (<see cref="Storm"/>): the newest <c>@rows</c> bench bookings get <c>@status</c>.</summary>
    public const string StormUpdate = """
        UPDATE bookings SET status = @status, updated_at = now()
        WHERE id IN (SELECT id FROM bookings WHERE reservation_number LIKE 'BEN-%' ORDER BY check_in DESC, id DESC LIMIT @rows)
        """;

    // Rolled back every time, so the rows keep their status: flip it, or the audit rows would hold only updated_at.
    private static readonly string FlippingUpdate = StormUpdate.Replace("status = @status",
        "status = CASE status WHEN 'CheckedIn' THEN 'Confirmed' ELSE 'CheckedIn' END");

    private const string DisableTriggers = "ALTER TABLE bookings DISABLE TRIGGER USER";

    private const string RowLevelTrigger = """
        DROP TRIGGER tr_bookings_changes_inserted ON bookings;
        DROP TRIGGER tr_bookings_changes_updated ON bookings;
        DROP TRIGGER tr_bookings_changes_deleted ON bookings;
        CREATE TRIGGER tr_bookings_notify_change AFTER INSERT OR UPDATE OR DELETE ON bookings
            FOR EACH ROW EXECUTE FUNCTION notify_entity_change();
        """;

    public static async Task<Result> MeasureAsync(string connectionString, int rows, int repeats)
    {
        var result = new Result(new Samples(), new Samples(), new Samples());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < repeats; i++)
        {
            result.StatementLevel.Add(await TimeRolledBackAsync(connection, setup: null, rows));
            result.Disabled.Add(await TimeRolledBackAsync(connection, DisableTriggers, rows));
            result.RowLevel.Add(await TimeRolledBackAsync(connection, RowLevelTrigger, rows));
        }
        return result;
    }

    private static async Task<double> TimeRolledBackAsync(NpgsqlConnection connection, string? setup, int rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        if (setup is not null)
            await using (var prepare = new NpgsqlCommand(setup, connection, transaction)) await prepare.ExecuteNonQueryAsync();
        await using var update = new NpgsqlCommand(FlippingUpdate, connection, transaction) { CommandTimeout = 120 };
        update.Parameters.AddWithValue("rows", rows);
        var started = Stopwatch.GetTimestamp();
        var changed = await update.ExecuteNonQueryAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await transaction.RollbackAsync();
        return changed == rows ? elapsed : throw new InvalidOperationException($"The UPDATE changed {changed} bookings, not {rows}.");
    }
}
