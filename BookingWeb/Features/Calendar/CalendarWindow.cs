using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;

namespace BookingWeb.Features.Calendar;

/// <summary>Rooms by days: every room and the stays that fall into <see cref="Days"/> days from <see cref="Start"/>.</summary>
public sealed record CalendarWindow(DateOnly Start, int Days, IReadOnlyList<CalendarRoom> Rooms, IReadOnlyList<CalendarBar> Bars)
{
    private readonly ILookup<int, CalendarBar> _barsByRoom = Bars.ToLookup(b => b.RoomId);
    private NightLoad[]? _loads;

    public DateOnly End => Start.AddDays(Days);

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(Start.AddDays);

    public IEnumerable<CalendarBar> BarsFor(int roomId) => _barsByRoom[roomId];

    /// <summary>The rooms that can be sold: out-of-order rooms count neither as free nor as occupied.</summary>
    public int SellableRooms => Rooms.Count(r => !r.OutOfOrder);

    /// <summary>How many sellable rooms hold a stay on the night of <paramref name="date"/>, and how many are free.</summary>
    public NightLoad LoadOn(DateOnly date)
    {
        var night = date.DayNumber - Start.DayNumber;
        if (night < 0 || night >= Days) throw new ArgumentOutOfRangeException(nameof(date), date, "The date is not in the window.");
        return (_loads ??= CountNights())[night];
    }

    private NightLoad[] CountNights()
    {
        var sellable = Rooms.Where(r => !r.OutOfOrder).Select(r => r.Id).ToHashSet();
        var occupied = new HashSet<int>[Days];
        for (var night = 0; night < Days; night++) occupied[night] = [];
        foreach (var bar in Bars.Where(b => sellable.Contains(b.RoomId)))
            for (var night = bar.FirstNightIndex; night < bar.FirstNightIndex + bar.VisibleNights; night++)
                occupied[night].Add(bar.RoomId);
        return occupied.Select(rooms => new NightLoad(rooms.Count, sellable.Count - rooms.Count)).ToArray();
    }
}

/// <summary>One night's rooms: occupied and free, and the occupancy they make.</summary>
public readonly record struct NightLoad(int Occupied, int Free)
{
    public int Percent => Occupied + Free == 0 ? 0 : (int)Math.Round(100.0 * Occupied / (Occupied + Free));
}

/// <summary>A room's row: its number and name, its type, and whether it is out of order (inactive: nothing can be booked in it).</summary>
public sealed record CalendarRoom(int Id, string Number, string Name, RoomType Type = RoomType.Double, bool OutOfOrder = false)
{
    public string Label => RoomLabel.Of(Number, Name);
}

/// <summary>
/// A stay as drawn in the window: its nights clipped to the window. <see cref="FirstNightIndex"/> is the
/// 0-based column of its first visible night; the flags say whether it runs on past either edge.
/// </summary>
public sealed record CalendarBar(
    int BookingId,
    int RoomId,
    string ReservationNumber,
    string GuestFirstName,
    string GuestLastName,
    BookingStatus Status,
    DateOnly CheckIn,
    DateOnly CheckOut,
    int FirstNightIndex,
    int VisibleNights,
    bool StartsBeforeWindow,
    bool EndsAfterWindow,
    uint Version = 0)
{
    /// <summary>
    /// Where the bar starts, in half days from the window's start: a guest arrives in the afternoon, so a stay begins in
    /// the second half of its arrival day and ends in the first half of its departure day, and back-to-back stays share a day.
    /// </summary>
    public int StartHalf => StartsBeforeWindow ? 0 : 2 * FirstNightIndex + 1;

    /// <summary>The bar's length in half days (the row clips a departure that falls past the window's last day).</summary>
    public int Halves => (EndsAfterWindow ? 2 * (FirstNightIndex + VisibleNights) : 2 * (FirstNightIndex + VisibleNights) + 1) - StartHalf;

    /// <summary>What the tape chart lets a person drag: a stay not yet begun moves and resizes; a guest in the house only stays longer or shorter.</summary>
    public StayHandles Handles => Status switch
    {
        BookingStatus.Tentative or BookingStatus.Confirmed => StayHandles.Move | StayHandles.Start | StayHandles.End,
        BookingStatus.CheckedIn => StayHandles.End,
        _ => StayHandles.None,
    };
}

[Flags]
public enum StayHandles { None = 0, Move = 1, Start = 2, End = 4 }
