using BookingWeb.Platform.Data;

namespace BookingWeb.Features.Rooms;

internal static class RoomSorting
{
    /// <summary>"2" before "10": shorter numbers first, then alphabetically, so numeric room numbers sort naturally.</summary>
    public static IOrderedQueryable<Room> ByNumber(IQueryable<Room> rooms, bool descending = false) => descending
        ? rooms.OrderByDescending(r => r.Number.Length).ThenByDescending(r => r.Number)
        : rooms.OrderBy(r => r.Number.Length).ThenBy(r => r.Number);

    public static IOrderedQueryable<Room> Apply(IQueryable<Room> rooms, RoomSort sort, bool descending)
    {
        var sorted = sort switch
        {
            RoomSort.Name => descending ? rooms.OrderByDescending(r => r.Name) : rooms.OrderBy(r => r.Name),
            RoomSort.Type => descending ? rooms.OrderByDescending(r => r.Type) : rooms.OrderBy(r => r.Type),
            RoomSort.Capacity => descending
                ? rooms.OrderByDescending(r => r.MaxAdults + r.MaxChildren).ThenByDescending(r => r.MaxAdults)
                : rooms.OrderBy(r => r.MaxAdults + r.MaxChildren).ThenBy(r => r.MaxAdults),
            RoomSort.BaseRate => descending ? rooms.OrderByDescending(r => r.BaseRate) : rooms.OrderBy(r => r.BaseRate),
            RoomSort.IsActive => descending ? rooms.OrderByDescending(r => r.IsActive) : rooms.OrderBy(r => r.IsActive),
            _ => null,
        };
        return sorted is null ? ByNumber(rooms, descending) : sorted.ThenBy(r => r.Number.Length).ThenBy(r => r.Number);
    }
}
