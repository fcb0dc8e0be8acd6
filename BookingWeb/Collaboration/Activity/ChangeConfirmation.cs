using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Live;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Collaboration.Activity;

/// <summary>
/// A notification is a hint, not a fact: any role that can connect may NOTIFY the app's channel. Before a page says
/// who changed or deleted something, the audit log confirms it (only the change triggers write it, in the same
/// transaction as the change, and it refuses updates and deletes): a change counts only when its audit row names the
/// same table, row, booking and operation; who made it and from which page are taken from that row, not from the
/// notification; a deletion counts only while the row is really gone; a bulk notice counts when its first and last audit
/// rows name its table and operation. One read per instance for the changes many
/// pages ask about at once (<see cref="SharedReads"/>). Lists need none of this: they reload from the database anyway.
/// </summary>
public sealed class ChangeConfirmation(
    IDbContextFactory<BookingDbContext> contextFactory, SharedReads sharedReads, ILogger<ChangeConfirmation> logger)
{
    /// <summary>The data changes the audit log confirms, with its who and origin; everything else left out.</summary>
    public async Task<IReadOnlyList<EntityChange>> ConfirmAsync(IReadOnlyList<EntityChange> changes, CancellationToken cancellationToken = default)
    {
        var data = changes.Where(c => ChangeTableNames.Data.Contains(c.Table)).ToList();
        if (data.Count == 0) return [];
        var auditIds = data.SelectMany(c => c.Bulk is { } bulk ? [c.AuditId, bulk.LastAuditId] : new[] { c.AuditId })
            .Distinct().Order().ToArray();
        var facts = await sharedReads.ReadAsync(
            new ConfirmationRead(string.Join(',', auditIds)), () => ReadAsync(auditIds), cancellationToken: cancellationToken);

        var confirmed = new List<EntityChange>(data.Count);
        foreach (var change in data)
            if (facts.TryGetValue(change.AuditId, out var fact) && fact.Confirms(change)
                && (change.Bulk is not { } bulk || (facts.TryGetValue(bulk.LastAuditId, out var last) && last.Confirms(change))))
                confirmed.Add(change with { By = fact.ChangedBy, Origin = fact.Origin });
        if (confirmed.Count < data.Count)
            logger.LogWarning("Ignored {UnconfirmedCount} of {ChangeCount} change notifications that the audit log does not confirm",
                data.Count - confirmed.Count, data.Count);
        return confirmed;
    }

    /// <summary>
    /// The rows of confirmed bulk notices that concern one record (a booking with its lines, or one row of
    /// <paramref name="table"/>), read from the audit log as single changes: an open editor learns whether its record
    /// was among them.
    /// </summary>
    public async Task<IReadOnlyList<EntityChange>> RowsOfBulkAsync(
        IReadOnlyList<EntityChange> confirmedBulk, int? bookingId, ChangeTable table, int rowId, CancellationToken cancellationToken = default)
    {
        var rows = new List<EntityChange>();
        if (confirmedBulk.Count == 0) return rows;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var bulk in confirmedBulk.Where(c => c.Bulk is not null))
        {
            var facts = await db.Database.SqlQueryRaw<AuditFact>(
                    bookingId is null ? BulkRowsSql + RowOfTable : BulkRowsSql + RowsOfBooking,
                    bulk.AuditId, bulk.Bulk!.LastAuditId, bulk.Table.DatabaseName(), OperationName(bulk.Operation), bookingId ?? rowId)
                .OrderBy(f => f.Id).ToListAsync(cancellationToken);
            rows.AddRange(facts.Select(f => bulk with
            {
                Id = f.RowId, BookingId = f.BookingId, By = f.ChangedBy, Origin = f.Origin, AuditId = f.Id, Bulk = null,
            }));
        }
        return rows;
    }

    private const string BulkRowsSql = """
        SELECT a.id AS "Id", a.table_name AS "TableName", a.row_id AS "RowId", a.booking_id AS "BookingId",
               a.operation AS "Operation", a.changed_by AS "ChangedBy", a.origin AS "Origin", false AS "RowGone"
        FROM audit_log a
        WHERE a.id BETWEEN {0} AND {1} AND a.table_name = {2} AND a.operation = {3}
        """;

    private const string RowOfTable = " AND a.row_id = {4}";
    private const string RowsOfBooking = " AND a.booking_id = {4}";

    private sealed record ConfirmationRead(string AuditIds);

    private async Task<IReadOnlyDictionary<long, AuditFact>> ReadAsync(long[] auditIds)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var facts = await db.Database.SqlQueryRaw<AuditFact>(FactsSql, auditIds).ToListAsync();
        return facts.ToDictionary(f => f.Id);
    }

    // RowGone: whether the audited row no longer exists (only asked for deletions). The table names are constants.
    private const string FactsSql = """
        SELECT a.id AS "Id", a.table_name AS "TableName", a.row_id AS "RowId", a.booking_id AS "BookingId",
               a.operation AS "Operation", a.changed_by AS "ChangedBy", a.origin AS "Origin",
               a.operation = 'DELETE' AND NOT EXISTS (
                   SELECT 1 FROM bookings WHERE a.table_name = 'bookings' AND id = a.row_id
                   UNION ALL SELECT 1 FROM guests WHERE a.table_name = 'guests' AND id = a.row_id
                   UNION ALL SELECT 1 FROM rooms WHERE a.table_name = 'rooms' AND id = a.row_id
                   UNION ALL SELECT 1 FROM additional_services WHERE a.table_name = 'additional_services' AND id = a.row_id
                   UNION ALL SELECT 1 FROM discounts WHERE a.table_name = 'discounts' AND id = a.row_id
                   UNION ALL SELECT 1 FROM reminders WHERE a.table_name = 'reminders' AND id = a.row_id) AS "RowGone"
        FROM audit_log a
        WHERE a.id = ANY({0})
        """;

    private sealed record AuditFact(
        long Id, string TableName, int RowId, int? BookingId, string Operation, string? ChangedBy, string? Origin, bool RowGone)
    {
        public bool Confirms(EntityChange change) =>
            ChangeTableNames.TryParse(TableName, out var table) && table == change.Table
            && Operation == OperationName(change.Operation)
            && (change.IsBulk || (RowId == change.Id && BookingId == change.BookingId
                                  && (change.Operation != ChangeOperation.Delete || RowGone)));
    }

    private static string OperationName(ChangeOperation operation) => operation switch
    {
        ChangeOperation.Insert => "INSERT",
        ChangeOperation.Update => "UPDATE",
        _ => "DELETE",
    };
}
