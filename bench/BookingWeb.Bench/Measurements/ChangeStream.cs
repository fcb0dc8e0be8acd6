using System.Diagnostics;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Row 13's steady stream of changes to the visible bookings, taken in turn by three writers: a plain SQL UPDATE
/// (as psql would) and each instance's own save path (<see cref="BookingService"/>, signed in as staff). Every change
/// stamps its booking's rate per night with <see cref="RateOf"/> its sequence number, so a page tells which change it
/// shows from the row's total (rate × nights). Each writer owns a third of the bookings and changes a booking only once its
/// last change committed, so no save ever races another one.
/// </summary>
public sealed class ChangeStream(string connectionString, BenchApp first, BenchApp second, IReadOnlyList<int> bookingIds)
{
    /// <summary>Far above the seeded rates (90–139), so no stamp is mistaken for a booking's own rate.</summary>
    public const int FirstRate = 1_000;

    private readonly Dictionary<int, Task> _lastChangeOf = bookingIds.Distinct().ToDictionary(id => id, _ => Task.CompletedTask);
    private readonly List<Change> _committed = [];
    private int _sequence;

    /// <param name="BookingId">The booking changed.</param>
    /// <param name="Rate">Its new rate per night, the change's stamp.</param>
    /// <param name="StartMs">Epoch milliseconds when the writer started it.</param>
    /// <param name="CommitMs">Epoch milliseconds when the writer's call returned (its transaction committed).</param>
    public sealed record Change(int BookingId, int Rate, double StartMs, double CommitMs);

    public static int RateOf(int sequence) => FirstRate + sequence;

    /// <summary>
    /// Offers <paramref name="perSecond"/> changes a second for <paramref name="duration"/> and returns every one once
    /// committed. A writer whose bookings all still wait for their last change holds its next one back (never past the
    /// end): a machine that cannot keep up makes fewer changes, not a queue that outlives the stream.
    /// </summary>
    public async Task<IReadOnlyList<Change>> RunAsync(int perSecond, TimeSpan duration)
    {
        lock (_committed) _committed.Clear();
        var writers = new Func<int, int, Task>[] { UpdateBySqlAsync, (id, rate) => SaveAsync(first, id, rate), (id, rate) => SaveAsync(second, id, rate) };
        var ownBookings = writers.Select((_, w) => bookingIds.Where((_, i) => i % writers.Length == w).ToArray()).ToArray();
        if (ownBookings.Any(b => b.Length == 0)) throw new InvalidOperationException($"Three writers need at least three visible bookings, not {bookingIds.Count}.");

        var started = Stopwatch.GetTimestamp();
        var changes = new List<Task>();
        for (var k = 0; ; k++)
        {
            var due = TimeSpan.FromSeconds((double)k / perSecond);
            if (due >= duration) break;
            var wait = due - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var writer = k % writers.Length;
            if (await FreeBookingAsync(ownBookings[writer], k / writers.Length, duration - Stopwatch.GetElapsedTime(started)) is not { } id) break;
            var rate = RateOf(_sequence++);
            changes.Add(_lastChangeOf[id] = ChangeAsync(() => writers[writer](id, rate), id, rate));
        }
        await Task.WhenAll(changes); // every one, so that no refused save goes unseen
        lock (_committed) return [.. _committed];
    }

    /// <summary>The writer's next booking in turn whose last change has committed, waiting up to <paramref name="left"/> for one.</summary>
    private async Task<int?> FreeBookingAsync(int[] own, int turn, TimeSpan left)
    {
        if (left <= TimeSpan.Zero) return null;
        var inTurn = own.Select((_, i) => own[(turn + i) % own.Length]).ToArray();
        if (inTurn.FirstOrDefault(id => _lastChangeOf[id].IsCompleted) is var free and not 0) return free;
        var anyDone = Task.WhenAny(inTurn.Select(id => _lastChangeOf[id]));
        if (await Task.WhenAny(anyDone, Task.Delay(left)) != anyDone) return null;
        return inTurn.First(id => _lastChangeOf[id].IsCompleted);
    }

    private async Task ChangeAsync(Func<Task> change, int id, int rate)
    {
        var startMs = BenchApp.EpochMilliseconds();
        await change();
        var commitMs = BenchApp.EpochMilliseconds();
        lock (_committed) _committed.Add(new Change(id, rate, startMs, commitMs));
    }

    private async Task UpdateBySqlAsync(int id, int rate)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE bookings SET rate_per_night = @rate, updated_at = now() WHERE id = @id", connection);
        update.Parameters.AddWithValue("rate", (decimal)rate);
        update.Parameters.AddWithValue("id", id);
        if (await update.ExecuteNonQueryAsync() != 1) throw new InvalidOperationException($"Booking {id} is gone.");
    }

    private static async Task SaveAsync(BenchApp app, int id, int rate)
    {
        await using var scope = app.ScopeSignedInAs(TestUser.Staff);
        var bookings = scope.ServiceProvider.GetRequiredService<BookingService>();
        var draft = await bookings.LoadAsync(id) ?? throw new InvalidOperationException($"Booking {id} is gone.");
        draft.RatePerNight = rate;
        var result = await bookings.SaveAsync(draft);
        if (result is not SaveResult.Saved) throw new InvalidOperationException($"Saving booking {id} at rate {rate} was refused: {result}");
    }
}
