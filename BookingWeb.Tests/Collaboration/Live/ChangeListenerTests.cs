using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BookingWeb.Tests.Collaboration.Live;

public sealed class ChangeListenerTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private ListenerUnderTest _live = null!;

    public async Task InitializeAsync() => _live = await ListenerUnderTest.StartAsync(database.ConnectionString);

    [Fact]
    public async Task A_change_made_on_another_connection_reaches_the_feed()
    {
        var roomId = await Sql.InsertRoomAsync(database.ConnectionString);

        await _live.Changes.WaitForAsync(c => c.Table == ChangeTable.Rooms && c.Id == roomId && c.Operation == ChangeOperation.Insert,
            "the new room was announced");
        Assert.NotNull(_live.Feed.State.LastEventAt);
    }

    [Fact]
    public async Task A_killed_connection_pauses_live_updates_then_reconnects_and_asks_for_a_resync()
    {
        var resyncsBefore = _live.Resyncs.Items.Count;
        var reconnectsBefore = _live.Feed.State.ReconnectCount;

        var terminated = await Sql.ScalarAsync<long>(database.ConnectionString, $"""
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = '{ChangeListener.ApplicationName}'
            """);
        Assert.Equal(1, terminated);

        await _live.ReconnectedAsync(resyncsBefore);
        Assert.Equal(reconnectsBefore + 1, _live.Feed.State.ReconnectCount);
        Assert.NotNull(_live.Feed.State.LastError);

        var guestId = await Sql.InsertGuestAsync(database.ConnectionString);
        await _live.Changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "changes arrive again after reconnecting");
    }

    [Fact]
    public async Task A_malformed_notification_is_logged_and_skipped()
    {
        await Sql.ExecuteAsync(database.ConnectionString, $$"""
            NOTIFY {{NotificationProbe.Channel}}, 'garbage';
            NOTIFY {{NotificationProbe.Channel}}, '{"table":"invoices","op":"INSERT","id":1,"audit_id":1}';
            NOTIFY {{NotificationProbe.Channel}}, '{"table":"bookings","op":"UPDATE","bulk":true,"count":"many","audit_id":1,"last_audit_id":2}';
            """);
        var guestId = await Sql.InsertGuestAsync(database.ConnectionString);

        await _live.Changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "the valid change after the bad ones arrived");
        Assert.Single(_live.Changes.Items);
        Assert.Equal(3, _live.Log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("malformed")));
        Assert.True(_live.Feed.State.IsLive);
    }

    [Fact]
    public async Task A_bulk_statement_reaches_the_feed_as_one_bulk_change()
    {
        await Sql.ExecuteAsync(database.ConnectionString, """
            INSERT INTO guests (first_name, last_name, created_at, updated_at)
            SELECT 'Guest', 'No. ' || n, now(), now() FROM generate_series(1, 250) AS n
            """);

        var changes = await _live.Changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.IsBulk, "the bulk insert was announced");
        var bulk = Assert.Single(changes);
        Assert.Equal((ChangeOperation.Insert, 250), (bulk.Operation, bulk.Bulk!.Count));
    }

    [Fact]
    public async Task A_thousand_garbage_payloads_are_all_skipped_and_logged_and_the_next_valid_change_arrives()
    {
        // Distinct payloads: PostgreSQL folds identical ones sent in one transaction into one.
        await Sql.ExecuteAsync(database.ConnectionString, $"""
            SELECT pg_notify('{NotificationProbe.Channel}', 'garbage ' || n) FROM generate_series(1, 1000) AS n;
            """);
        var guestId = await Sql.InsertGuestAsync(database.ConnectionString);

        await _live.Changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "the valid change after the garbage arrived");
        Assert.Single(_live.Changes.Items);
        Assert.Equal(1000, _live.Log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("malformed")));
        Assert.True(_live.Feed.State.IsLive);
    }

    [Fact]
    public async Task Stopping_closes_the_listening_connection()
    {
        await _live.Listener.StopAsync(CancellationToken.None);

        await Eventually.TrueAsync(async () => await Sql.ScalarAsync<long>(database.ConnectionString, $"""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = '{ChangeListener.ApplicationName}'
            """) == 0, "the listener's connection is gone");
        Assert.DoesNotContain(_live.Log.Entries, e => e.Level >= LogLevel.Warning);
    }

    public async Task DisposeAsync() => await _live.DisposeAsync();
}
