namespace BookingWeb.Collaboration.Live;

/// <summary>
/// One committed row change as the database announced it: ids only, pages reload the rows themselves. A statement that
/// changed many rows is announced once for its table (<see cref="Bulk"/>): then <see cref="Id"/> is 0, there is no booking
/// or version, and any row of the table may have changed.
/// </summary>
/// <param name="BookingId">The booking the row belongs to: its own id for bookings, the owning booking for
/// services, discounts and reminders, null for guests and rooms.</param>
/// <param name="Version">The row's new xmin; null for a delete.</param>
/// <param name="By">The BookingWeb user id that saved it; null when it was changed outside BookingWeb.</param>
/// <param name="Origin">The circuit that saved it, so a page can tell its own saves from others'.</param>
/// <param name="AuditId">The audit_log row describing the changed columns (for a bulk notice: the statement's first).</param>
/// <param name="Bulk">Set when this announces a whole statement's rows instead of one.</param>
public sealed record EntityChange(
    ChangeTable Table,
    ChangeOperation Operation,
    int Id,
    int? BookingId,
    uint? Version,
    string? By,
    string? Origin,
    long AuditId,
    DateTimeOffset ReceivedAt,
    BulkChange? Bulk = null)
{
    public bool IsOutsideBookingWeb => By is null;

    public bool IsBulk => Bulk is not null;
}

/// <summary>
/// One statement's <paramref name="Count"/> rows, audited as rows <see cref="EntityChange.AuditId"/> to
/// <paramref name="LastAuditId"/> (other transactions' audit rows may lie between them).
/// </summary>
public sealed record BulkChange(int Count, long LastAuditId);
