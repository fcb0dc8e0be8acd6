using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>
/// The listener outlives a restart of PostgreSQL itself (its container stopped and started: a fast shutdown, then the
/// same port). The server is this class's own: the shared one serves other test classes at the same time.
/// </summary>
public sealed class ChangeListenerRestartTests : IAsyncLifetime
{
    private PostgresServer _server = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartDedicatedAsync();
        await Sql.ExecuteAsync(_server.AdminConnectionString, "CREATE DATABASE bookingweb");
        // Unpooled: a pooled connection would outlive the restart and fail once on its next use.
        _connectionString = new NpgsqlConnectionStringBuilder(_server.ConnectionStringFor("bookingweb")) { Pooling = false }.ConnectionString;
        await using var db = new BookingDbContext(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(_connectionString).Options);
        await db.Database.MigrateAsync();
    }

    [Fact]
    public async Task A_restarted_server_pauses_live_updates_then_the_listener_reconnects_asks_for_a_resync_and_hears_the_next_change()
    {
        await using var live = await ListenerUnderTest.StartAsync(_connectionString);
        var resyncsBefore = live.Resyncs.Items.Count;

        await _server.RestartAsync();

        await live.ReconnectedAsync(resyncsBefore);
        Assert.Equal(1, live.Feed.State.ReconnectCount);
        var guestId = await Sql.InsertGuestAsync(_connectionString);
        await live.Changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "a change made after the restart arrived");
    }

    public async Task DisposeAsync()
    {
        if (_server is null) return; // no server to start
        NpgsqlConnection.ClearPool(new NpgsqlConnection(_server.AdminConnectionString));
        await _server.DisposeAsync();
    }
}
