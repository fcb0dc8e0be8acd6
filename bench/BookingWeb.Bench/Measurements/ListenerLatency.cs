using BookingWeb.Bench.Reporting;
using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Items 1 and 9: the app's own <see cref="ChangeListener"/> and <see cref="ChangeFeed"/>, run in the bench with a
/// <see cref="StopwatchClock"/>, against a database that commits one UPDATE at a time.
/// </summary>
public sealed class ListenerLatency : IAsyncDisposable
{
    private readonly StopwatchClock _clock = new();
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);
    private readonly ChangeListener _listener;
    private readonly string _connectionString;
    private readonly Dictionary<(int Id, uint Version), TaskCompletionSource<Arrival>> _waiting = [];
    private readonly Dictionary<(int Id, uint Version), Arrival> _arrived = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource<DateTimeOffset> _resync = NewSource();

    public ListenerLatency(string connectionString)
    {
        _connectionString = connectionString;
        _listener = new ChangeListener(Options.Create(new ListenerOptions { ConnectionString = connectionString, ReconnectMinDelaySeconds = 0.5 }),
            _feed, _clock, NullLogger<ChangeListener>.Instance);
        // The feed's subscriber side: stamped when the dispatcher calls the handler.
        _feed.Subscribe(onChange: change =>
        {
            var arrival = new Arrival(change.ReceivedAt, _clock.GetUtcNow());
            if (change.Version is not { } version) return;
            lock (_gate)
            {
                if (_waiting.Remove((change.Id, version), out var source)) source.TrySetResult(arrival);
                else _arrived[(change.Id, version)] = arrival;
            }
        }, onResync: () => _resync.TrySetResult(_clock.GetUtcNow()));
    }

    public async Task StartAsync()
    {
        await _listener.StartAsync(CancellationToken.None);
        await WaitAsync(_resync.Task, "the listener to connect");
    }

    /// <summary>Commit → listener event (the notification parsed on Npgsql's reading thread) and commit → subscriber.</summary>
    public async Task<(Samples Listener, Samples Subscriber)> MeasureAsync(int changes)
    {
        var listener = new Samples();
        var subscriber = new Samples();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var ids = await BenchData.BenchBookingIdsAsync(connection, 50);
        await using var update = new NpgsqlCommand("UPDATE bookings SET notes = @notes, updated_at = now() WHERE id = @id RETURNING xmin", connection);
        var notes = new NpgsqlParameter<string>("notes", "");
        var id = new NpgsqlParameter<int>("id", 0);
        update.Parameters.Add(notes);
        update.Parameters.Add(id);
        await update.PrepareAsync();
        for (var i = 0; i < changes + 50; i++)
        {
            id.TypedValue = ids[i % ids.Length];
            notes.TypedValue = $"bench {i}";
            var version = (uint)(await update.ExecuteScalarAsync())!;
            var committedAt = _clock.GetUtcNow();
            var source = new TaskCompletionSource<Arrival>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_arrived.Remove((id.TypedValue, version), out var early)) source.TrySetResult(early);
                else _waiting[(id.TypedValue, version)] = source;
            }
            var arrival = await WaitAsync(source.Task, "a change to reach the subscriber");
            if (i < 50) continue; // warm-up: JIT, prepared statements, connection buffers
            listener.Add(StopwatchClock.Milliseconds(committedAt, arrival.ListenerAt));
            subscriber.Add(StopwatchClock.Milliseconds(committedAt, arrival.SubscriberAt));
        }
        return (listener, subscriber);
    }

    /// <summary>Kill the listening backend (or restart the server), then time until subscribers are told to resync.</summary>
    public async Task<Samples> MeasureReconnectAsync(int repeats, Func<Task> breakConnection)
    {
        var samples = new Samples();
        for (var i = 0; i < repeats; i++)
        {
            _resync = NewSource();
            var brokenAt = _clock.GetUtcNow();
            await breakConnection();
            var resyncAt = await WaitAsync(_resync.Task, "the listener to resync", TimeSpan.FromSeconds(90));
            samples.Add(StopwatchClock.Milliseconds(brokenAt, resyncAt));
        }
        return samples;
    }

    public async Task TerminateListenerBackendAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name", connection);
        kill.Parameters.AddWithValue("name", ChangeListener.ApplicationName);
        if ((long)(await kill.ExecuteScalarAsync())! == 0) throw new InvalidOperationException("No listening backend to terminate.");
    }

    private sealed record Arrival(DateTimeOffset ListenerAt, DateTimeOffset SubscriberAt);

    private static TaskCompletionSource<DateTimeOffset> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<T> WaitAsync<T>(Task<T> task, string what, TimeSpan? timeout = null)
    {
        try
        {
            return await task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.StopAsync(CancellationToken.None);
        _listener.Dispose();
        _feed.Dispose();
    }
}
