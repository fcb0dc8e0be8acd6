using System.Collections.Concurrent;
using BookingWeb.Data;
using BookingWeb.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BookingWeb.Features.Presence;

/// <summary>
/// "Anna is editing": which booking each circuit has open in an editor, kept in the database so every instance
/// sees it. This instance refreshes its own rows on a heartbeat and sweeps everyone's stale rows, so a closed
/// tab or a crashed instance leaves no ghost for longer than <see cref="PresenceOptions.ExpirySeconds"/> plus a beat.
/// </summary>
public sealed class PresenceService(
    IServiceScopeFactory scopes, IOptions<PresenceOptions> options, ILogger<PresenceService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, (int BookingId, string UserId)> _open = new();

    public async Task EnterAsync(string circuitId, string userId, int bookingId)
    {
        _open[circuitId] = (bookingId, userId);
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
    public Task SuspendAsync(string circuitId) =>
        _open.ContainsKey(circuitId)
            ? RunSqlAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM presence WHERE circuit_id = {circuitId}"))
            : Task.CompletedTask;

    public Task ResumeAsync(string circuitId) =>
        _open.TryGetValue(circuitId, out var open) ? EnterAsync(circuitId, open.UserId, open.BookingId) : Task.CompletedTask;

    /// <summary>Who else has these bookings open, with their display names.</summary>
    public async Task<IReadOnlyList<EditorPresence>> WhoIsEditingAsync(IReadOnlyCollection<int> bookingIds, string? exceptCircuitId,
        CancellationToken cancellationToken = default)
    {
        if (bookingIds.Count == 0) return [];
        var ids = bookingIds.ToArray();
        var expiry = options.Value.ExpirySeconds;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<PresenceRow>($"""
            SELECT booking_id AS "BookingId", circuit_id AS "CircuitId", user_id AS "UserId" FROM presence
            WHERE booking_id = ANY({ids}) AND seen_at > now() - make_interval(secs => {expiry})
            ORDER BY seen_at
            """).ToListAsync(cancellationToken);
        var others = rows.Where(r => r.CircuitId != exceptCircuitId).ToList();
        var names = await StaffNames.LookupAsync(db, others.Select(r => r.UserId), cancellationToken);
        return others.Select(r => new EditorPresence(r.BookingId, r.CircuitId, r.UserId, names.NameOf(r.UserId))).ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var beat = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatSeconds));
        while (await beat.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await HeartbeatAndSweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Presence heartbeat failed; trying again in {Seconds} s", options.Value.HeartbeatSeconds);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        var mine = _open.Keys.ToArray();
        if (mine.Length > 0)
            await RunSqlAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM presence WHERE circuit_id = ANY({mine})"));
        await base.StopAsync(cancellationToken);
    }

    public async Task HeartbeatAndSweepAsync(CancellationToken cancellationToken)
    {
        var mine = _open.Keys.ToArray();
        var expiry = options.Value.ExpirySeconds;
        await RunSqlAsync(async db =>
        {
            if (mine.Length > 0)
                await db.Database.ExecuteSqlAsync($"UPDATE presence SET seen_at = now() WHERE circuit_id = ANY({mine})", cancellationToken);
            return await db.Database.ExecuteSqlAsync(
                $"DELETE FROM presence WHERE seen_at < now() - make_interval(secs => {expiry})", cancellationToken);
        });
    }

    private async Task RunSqlAsync(Func<BookingDbContext, Task<int>> command)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        await command(db);
    }

    private sealed record PresenceRow(int BookingId, string CircuitId, string UserId);
}
