using BookingWeb.Collaboration.Live;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// When a live change can refresh the bookings in view by id (one query) instead of reloading the page: it only
/// updates rows already shown, and each refreshed row still matches the filter and keeps its place in the sort order.
/// Inserts, deletes, bulk notices (any row may have changed) and changes to guests, rooms or bookings out of view can add,
/// remove or move rows: those reload.
/// </summary>
public static class BookingRowRefresh
{
    /// <summary>The bookings to refresh, or null when only a page reload can show these changes.</summary>
    public static IReadOnlySet<int>? RowsToRefresh(IReadOnlyList<EntityChange> changes, IReadOnlyList<BookingListItem> shown)
    {
        if (changes.Count == 0) return null; // a resync: reload everything
        var visible = shown.Select(r => r.Id).ToHashSet();
        var ids = new HashSet<int>();
        foreach (var change in changes)
        {
            var onlyUpdatesARow = !change.IsBulk && change.Table switch
            {
                ChangeTable.Bookings => change.Operation == ChangeOperation.Update,
                ChangeTable.AdditionalServices or ChangeTable.Discounts => true, // only the total moves
                _ => false,
            };
            if (!onlyUpdatesARow || change.BookingId is not { } id || !visible.Contains(id)) return null;
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>True when <paramref name="fresh"/> sorts exactly where <paramref name="shown"/> did (ties break by id, which never changes).</summary>
    public static bool KeepsPlace(BookingListItem shown, BookingListItem fresh, BookingSort sort) =>
        Equals(SortKey(shown, sort.Column), SortKey(fresh, sort.Column));

    private static object SortKey(BookingListItem row, string column) => column switch
    {
        nameof(BookingListItem.ReservationNumber) => row.ReservationNumber,
        nameof(BookingListItem.GuestName) or nameof(BookingListItem.GuestLastName) => (row.GuestLastName, row.GuestFirstName),
        nameof(BookingListItem.RoomNumber) => row.RoomNumber,
        nameof(BookingListItem.CheckOut) => row.CheckOut,
        nameof(BookingListItem.Nights) => row.Nights,
        nameof(BookingListItem.Status) => row.Status,
        nameof(BookingListItem.PaymentStatus) => row.PaymentStatus,
        _ => row.CheckIn,
    };
}
