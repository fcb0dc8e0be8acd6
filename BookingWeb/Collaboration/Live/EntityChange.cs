namespace BookingWeb.Collaboration.Live;

/// <summary>
/// One committed row change as the database announced it: ids only, pages reload the rows themselves.
/// </summary>
/// <param name="BookingId">The booking the row belongs to: its own id for bookings, the owning booking for
/// services, discounts and reminders, null for guests and rooms.</param>
/// <param name="Version">The row's new xmin; null for a delete.</param>
/// <param name="By">The BookingWeb user id that saved it; null when it was changed outside BookingWeb.</param>
/// <param name="Origin">The circuit that saved it, so a page can tell its own saves from others'.</param>
/// <param name="AuditId">The audit_log row describing the changed columns.</param>
public sealed record EntityChange(
    ChangeTable Table,
    ChangeOperation Operation,
    int Id,
    int? BookingId,
    uint? Version,
    string? By,
    string? Origin,
    long AuditId,
    DateTimeOffset ReceivedAt)
{
    public bool IsOutsideBookingWeb => By is null;
}
