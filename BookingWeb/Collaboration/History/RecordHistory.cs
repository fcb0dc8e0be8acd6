using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Collaboration.History;

/// <summary>What an editor's History tab reads: a record's changes, newest first, and who made them.</summary>
public sealed class RecordHistory(IDbContextFactory<BookingDbContext> contextFactory, StaffAccountWatch accounts)
{
    public sealed record Entries(IReadOnlyList<AuditEntry> Changes, IReadOnlyDictionary<string, string> Names);

    /// <summary>A booking's own changes and its lines'.</summary>
    public async Task<Entries> OfBookingAsync(int bookingId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await NamedAsync(await AuditLog.ForBookingAsync(db, bookingId, limit, cancellationToken), cancellationToken);
    }

    /// <summary>One guest's or room's changes.</summary>
    public async Task<Entries> OfRowAsync(ChangeTable table, int rowId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await NamedAsync(await AuditLog.ForRowAsync(db, table, rowId, limit, cancellationToken), cancellationToken);
    }

    private async Task<Entries> NamedAsync(List<AuditEntry> changes, CancellationToken cancellationToken) =>
        new(changes, await accounts.NamesAsync(changes.Select(c => c.ChangedBy), cancellationToken));
}
