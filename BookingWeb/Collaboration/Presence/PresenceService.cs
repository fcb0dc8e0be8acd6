using System.Collections.Concurrent;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BookingWeb.Collaboration.Presence;

/// <summary>
/// "Anna is editing": which booking each circuit has open in an editor, kept in the database so every instance
/// sees it. This instance refreshes its own rows on a heartbeat and sweeps everyone's stale rows, so a closed
/// tab or a crashed instance leaves no ghost for longer than <see cref="PresenceOptions.ExpirySeconds"/> plus a beat.
/// Both only while there is something to do: this instance has an editor open, or other instances' rows exist
/// (their arrivals and departures arrive as notifications, see <see cref="OtherInstancesPresence"/>); an idle
/// instance leaves the database alone.
/// </summary>
public sealed class PresenceService(
    IServiceScopeFactory scopes, ChangeFeed feed, SharedReads sharedReads, StaffAccountWatch accounts, IOptions<PresenceOptions> options, ILogger<PresenceService> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, OpenEditor> _open = new();
    private readonly OtherInstancesPresence _others = new();

    public async Task EnterAsync(string circuitId, string userId, int bookingId)
    {
        _open[circuitId] = new OpenEditor(bookingId, userId, Announced: true);
        await RunSqlAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO presence (circuit_id, booking_id, user_id) VALUES ({circuitId}, {bookingId}, {userId})
            ON CONFLICT (circuit_id) DO UPDATE SET booking_id = excluded.booking_id, user_id = excluded.user_id, seen_at = now()
            """));
    }

    public async Task LeaveAsync(string circuitId)
    {
        if (!_open.TryRemove(circuitId, out _)) return;
        await RunSqlAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM presence WHERE circuit_id = {circuitId}"));
    }

    /// <summary>The browser went away (it may come back): stop announcing, but remember the editor for a reconnect.</summary>
    public Task SuspendAsync(string circuitId)
    {
        if (!_open.TryGetValue(circuitId, out var open)) return Task.CompletedTask;
        _open[circuitId] = open with { Announced = false };
        return RunSqlAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM presence WHERE circuit_id = {circuitId}"));
    }

    public Task ResumeAsync(string circuitId) =>
        _open.TryGetValue(circuitId, out var open) ? EnterAsync(circuitId, open.UserId, open.BookingId) : Task.CompletedTask;

    /// <summary>Who else has these bookings open, with their display names. Pages asking about the same bookings at the same moment share one read.</summary>
    public async Task<IReadOnlyList<EditorPresence>> WhoIsEditingAsync(IReadOnlyCollection<int> bookingIds, string? exceptCircuitId,
        CancellationToken cancellationToken = default)
    {
        if (bookingIds.Count == 0) return [];
        var ids = bookingIds.Distinct().Order().ToArray();
        var editors = await sharedReads.ReadAsync(new EditorsRead(string.Join(',', ids)), () => ReadEditorsAsync(ids), cancellationToken: cancellationToken);
        return editors.Where(e => e.CircuitId != exceptCircuitId).ToList();
    }

    private sealed record EditorsRead(string BookingIds);

    private async Task<IReadOnlyList<EditorPresence>> ReadEditorsAsync(int[] ids)
    {
        var expiry = options.Value.ExpirySeconds;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var rows = await db.Database.SqlQuery<PresenceRow>($"""
            SELECT booking_id AS "BookingId", circuit_id AS "CircuitId", user_id AS "UserId" FROM presence
            WHERE booking_id = ANY({ids}) AND seen_at > now() - make_interval(secs => {expiry})
            ORDER BY seen_at
            """).ToListAsync();
        var names = await accounts.NamesAsync(rows.Select(r => r.UserId));
        return rows.Select(r => new EditorPresence(r.BookingId, r.CircuitId, r.UserId, names.NameOf(r.UserId))).ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(
            onChange: change => _others.Note(change, isMine: _open.ContainsKey),
            onResync: _others.Forget,
            onStateChanged: state => { if (!state.IsLive) _others.Forget(); });
        using var beat = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds));
        while (await beat.WaitForNextTickAsync(stoppingToken))
        {
            if (!HasWork) continue;
            try
            {
                await HeartbeatAndSweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _others.Forget();
                logger.LogWarning(exception, "Presence heartbeat failed; trying again in {Seconds} s", options.Value.HeartbeatSeconds);
            }
        }
    }

    /// <summary>Whether a beat would do anything: refresh an open editor, or sweep rows other instances may leave behind.</summary>
    private bool HasWork => _open.Values.Any(o => o.Announced) || _others.MaySweep;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        var mine = _open.Keys.ToArray();
        if (mine.Length > 0)
            await RunSqlAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM presence WHERE circuit_id = ANY({mine})"));
        await base.StopAsync(cancellationToken);
    }

    /// <summary>Refreshes this instance's editors, deletes everyone's stale rows and learns whose rows remain.</summary>
    public async Task HeartbeatAndSweepAsync(CancellationToken cancellationToken)
    {
        var announced = _open.Where(o => o.Value.Announced).Select(o => o.Key).ToArray();
        var mine = _open.Keys.ToArray();
        var expiry = options.Value.ExpirySeconds;
        var sweep = _others.StartSweep();
        await RunSqlAsync(async db =>
        {
            if (announced.Length > 0)
                await db.Database.ExecuteSqlAsync($"UPDATE presence SET seen_at = now() WHERE circuit_id = ANY({announced})", cancellationToken);
            await db.Database.ExecuteSqlAsync($"DELETE FROM presence WHERE seen_at < now() - make_interval(secs => {expiry})", cancellationToken);
            var remaining = await db.Database.SqlQuery<string>(
                $"SELECT circuit_id AS \"Value\" FROM presence WHERE NOT (circuit_id = ANY({mine}))").ToListAsync(cancellationToken);
            sweep.Finish(remaining);
            return 0;
        });
    }

    private async Task RunSqlAsync(Func<BookingDbContext, Task<int>> command)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        await command(db);
    }

    private sealed record OpenEditor(int BookingId, string UserId, bool Announced);

    private sealed record PresenceRow(int BookingId, string CircuitId, string UserId);
}
