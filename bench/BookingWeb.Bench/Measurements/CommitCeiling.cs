using System.Diagnostics;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Item 12: PostgreSQL's own ceiling for this design. Several clients commit small booking updates (one row each, as a
/// save does) as fast as they can, once with the change triggers (an audit row and a NOTIFY per commit; the app's
/// listener is connected and reads them) and once with the bookings table's triggers disabled. NOTIFY serialises
/// committing transactions on one global lock, so the gap between the two is what the push path costs the database.
/// </summary>
public static class CommitCeiling
{
    public sealed record Result(int Clients, double Seconds, double WithTriggers, double WithoutTriggers);

    public static async Task<Result> MeasureAsync(string connectionString, int clients, TimeSpan duration)
    {
        await using var listener = new ListenerLatency(connectionString);
        await listener.StartAsync();
        await using var admin = new NpgsqlConnection(connectionString);
        await admin.OpenAsync();
        var ids = (await BenchData.BenchBookingIdsAsync(admin, clients * 20)).Chunk(20).ToArray();

        var withTriggers = await CommitsPerSecondAsync(connectionString, ids, duration);
        await ExecuteAsync(admin, "ALTER TABLE bookings DISABLE TRIGGER USER");
        try
        {
            var withoutTriggers = await CommitsPerSecondAsync(connectionString, ids, duration);
            return new Result(ids.Length, duration.TotalSeconds, withTriggers, withoutTriggers);
        }
        finally
        {
            await ExecuteAsync(admin, "ALTER TABLE bookings ENABLE TRIGGER USER");
        }
    }

    /// <summary>Each client updates its own rows (no lock waits between clients), one autocommitted statement at a time.</summary>
    private static async Task<double> CommitsPerSecondAsync(string connectionString, int[][] idsPerClient, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var commits = await Task.WhenAll(idsPerClient.Select(async ids =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand("UPDATE bookings SET notes = @notes, updated_at = now() WHERE id = @id", connection);
            var notes = new NpgsqlParameter<string>("notes", "");
            var id = new NpgsqlParameter<int>("id", 0);
            update.Parameters.Add(notes);
            update.Parameters.Add(id);
            await update.PrepareAsync();
            var count = 0;
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                notes.TypedValue = $"ceiling {count}";
                id.TypedValue = ids[count % ids.Length];
                await update.ExecuteNonQueryAsync();
                count++;
            }
            return count;
        }));
        return commits.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
