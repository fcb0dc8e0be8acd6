using System.Collections.Concurrent;

namespace BookingWeb.Collaboration.Live;

/// <summary>
/// Lets identical reads that overlap in time share one trip to the database: twenty bookings pages reloading after
/// the same change ask once. A read joins one already running only when that one started after the changes the caller
/// must see were announced (by default every change this instance has heard of), and live updates have not been away
/// since: a change is committed before it is announced, so the shared answer holds it. While live updates are paused
/// every read runs by itself.
/// Shared results go to many circuits: they must be immutable.
/// </summary>
public sealed class SharedReads(ChangeFeed feed, TimeProvider time)
{
    private readonly ConcurrentDictionary<object, InFlight> _running = new();

    /// <param name="key">Equal keys mean equal reads; include everything the read depends on, and the result type.</param>
    /// <param name="read">Runs at most once for the callers that join it; never cancelled by one of them (a cancelled
    /// caller stops waiting, the read goes on for the others).</param>
    /// <param name="heardAt">When the newest change the answer must hold was announced, e.g. the latest of the changes a
    /// page reloads for (the page reloads again for any later ones). Null: every change heard of so far.</param>
    public async Task<T> ReadAsync<T>(
        object key, Func<Task<T>> read, DateTimeOffset? heardAt = null, CancellationToken cancellationToken = default)
    {
        var state = feed.State;
        if (_running.TryGetValue(key, out var running) && CanJoin(running, state, heardAt ?? state.LastEventAt))
            return await ((Task<T>)running.Read).WaitAsync(cancellationToken);

        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var mine = new InFlight(answer.Task, time.GetUtcNow(), state.IsLive, state.ReconnectCount);
        _running[key] = mine; // a newer read replaces an older one: later callers join the fresher answer
        _ = RunAsync(key, mine, read, answer);
        return await answer.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs the read off the caller's circuit, so that no caller leaving (cancelled, closed tab) holds up or ends it
    /// for the others; then forgets it, unless a newer read for the same key took its place.
    /// </summary>
    private async Task RunAsync<T>(object key, InFlight entry, Func<Task<T>> read, TaskCompletionSource<T> answer)
    {
        var reading = Task.Run(read);
        await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // a failure reaches the callers through the answer
        _running.TryRemove(new KeyValuePair<object, InFlight>(key, entry)); // before answering: who comes next reads anew
        answer.SetFromTask(reading);
    }

    public int RunningCount => _running.Count;

    private static bool CanJoin(InFlight running, ListenerState now, DateTimeOffset? heardAt) =>
        running.StartedLive && now.IsLive && now.ReconnectCount == running.ReconnectCount
        && (heardAt is not { } mustHold || running.StartedAt > mustHold);

    private sealed record InFlight(Task Read, DateTimeOffset StartedAt, bool StartedLive, int ReconnectCount);
}
