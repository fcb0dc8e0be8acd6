using BookingWeb.Realtime;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BookingWeb.Tests.Realtime;

public sealed class ChangeListenerTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);
    private readonly ListLogger<ChangeListener> _log = new();
    private readonly Recorder<EntityChange> _changes = new();
    private readonly Recorder<ListenerState> _states = new();
    private readonly Recorder<DateTimeOffset> _resyncs = new();
    private ChangeListener _listener = null!;
    private IDisposable? _subscription;

    public async Task InitializeAsync()
    {
        _subscription = _feed.Subscribe(_changes.Add, () => _resyncs.Add(DateTimeOffset.UtcNow), _states.Add);
        var options = new ListenerOptions
        {
            ConnectionString = database.ConnectionString,
            KeepaliveSeconds = 1,
            ReconnectMinDelaySeconds = 0.05,
            ReconnectMaxDelaySeconds = 0.5,
        };
        _listener = new ChangeListener(Options.Create(options), _feed, TimeProvider.System, _log);
        await _listener.StartAsync(CancellationToken.None);
        await _states.WaitForAsync(state => state.IsLive, "the listener is live");
    }

    [Fact]
    public async Task A_change_made_on_another_connection_reaches_the_feed()
    {
        var roomId = await Sql.InsertRoomAsync(database.ConnectionString);

        await _changes.WaitForAsync(c => c.Table == ChangeTable.Rooms && c.Id == roomId && c.Operation == ChangeOperation.Insert,
            "the new room was announced");
        Assert.NotNull(_feed.State.LastEventAt);
    }

    [Fact]
    public async Task A_killed_connection_pauses_live_updates_then_reconnects_and_asks_for_a_resync()
    {
        var resyncsBefore = _resyncs.Items.Count;
        var reconnectsBefore = _feed.State.ReconnectCount;

        var terminated = await Sql.ScalarAsync<long>(database.ConnectionString, $"""
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = '{ChangeListener.ApplicationName}'
            """);
        Assert.Equal(1, terminated);

        await _states.WaitUntilAsync(states => states.SkipWhile(s => s.Status != ListenerStatus.Reconnecting).Any(s => s.IsLive),
            "the listener reported Reconnecting and then Live again");
        Assert.Equal(reconnectsBefore + 1, _feed.State.ReconnectCount);
        Assert.NotNull(_feed.State.LastError);
        await _resyncs.WaitUntilAsync(items => items.Count > resyncsBefore, "a resync was raised");

        var guestId = await Sql.InsertGuestAsync(database.ConnectionString);
        await _changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "changes arrive again after reconnecting");
    }

    [Fact]
    public async Task A_malformed_notification_is_logged_and_skipped()
    {
        await Sql.ExecuteAsync(database.ConnectionString, $$"""
            NOTIFY {{NotificationProbe.Channel}}, 'garbage';
            NOTIFY {{NotificationProbe.Channel}}, '{"table":"invoices","op":"INSERT","id":1,"audit_id":1}';
            """);
        var guestId = await Sql.InsertGuestAsync(database.ConnectionString);

        await _changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "the valid change after the bad ones arrived");
        Assert.Single(_changes.Items);
        Assert.Equal(2, _log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("malformed")));
        Assert.True(_feed.State.IsLive);
    }

    [Fact]
    public async Task A_thousand_garbage_payloads_are_all_skipped_and_logged_and_the_next_valid_change_arrives()
    {
        // Distinct payloads: PostgreSQL folds identical ones sent in one transaction into one.
        await Sql.ExecuteAsync(database.ConnectionString, $"""
            SELECT pg_notify('{NotificationProbe.Channel}', 'garbage ' || n) FROM generate_series(1, 1000) AS n;
            """);
        var guestId = await Sql.InsertGuestAsync(database.ConnectionString);

        await _changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "the valid change after the garbage arrived");
        Assert.Single(_changes.Items);
        Assert.Equal(1000, _log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("malformed")));
        Assert.True(_feed.State.IsLive);
    }

    [Fact]
    public async Task Stopping_closes_the_listening_connection()
    {
        await _listener.StopAsync(CancellationToken.None);

        await Eventually.TrueAsync(async () => await Sql.ScalarAsync<long>(database.ConnectionString, $"""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = '{ChangeListener.ApplicationName}'
            """) == 0, "the listener's connection is gone");
        Assert.DoesNotContain(_log.Entries, e => e.Level >= LogLevel.Warning);
    }

    public async Task DisposeAsync()
    {
        await _listener.StopAsync(CancellationToken.None);
        _listener.Dispose();
        _subscription?.Dispose();
        _feed.Dispose();
    }
}
