namespace BookingWeb.Collaboration.Live;

/// <summary>
/// Which changes concern a page: a change matches when its table is one of <see cref="Tables"/> (all tables
/// when empty) and, if <see cref="BookingId"/> is set, it belongs to that booking (the booking row or its lines). A bulk
/// notice names no rows, so it concerns every booking: the page re-reads and finds out.
/// </summary>
public sealed record ChangeFilter(IReadOnlySet<ChangeTable> Tables, int? BookingId = null)
{
    public static ChangeFilter For(params ChangeTable[] tables) => new(tables.ToHashSet());

    public static ChangeFilter ForBooking(int bookingId) => new(ChangeTableNames.BookingAndLines, bookingId);

    public bool Matches(EntityChange change) =>
        (Tables.Count == 0 || Tables.Contains(change.Table))
        && (BookingId is null || change.IsBulk || change.BookingId == BookingId);
}
