using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;
using BookingWeb.Texts;

namespace BookingWeb.Features.Calendar;

/// <summary>Rooms by days: the active rooms and the stays that fall into <see cref="Days"/> days from <see cref="Start"/>.</summary>
public sealed record CalendarWindow(DateOnly Start, int Days, IReadOnlyList<CalendarRoom> Rooms, IReadOnlyList<CalendarBar> Bars)
{
    public DateOnly End => Start.AddDays(Days);

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(Start.AddDays);

    public IEnumerable<CalendarBar> BarsFor(int roomId) => Bars.Where(b => b.RoomId == roomId);
}

public sealed record CalendarRoom(int Id, string Number, string Name)
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
    bool EndsAfterWindow);
