using BookingWeb.Platform.Data;

namespace BookingWeb.Features.Dashboard;

/// <summary>Everything the home page shows for one day, read in one go.</summary>
public sealed record DashboardSnapshot(
    DateOnly Today,
    IReadOnlyList<StayLine> Arrivals,
    IReadOnlyList<StayLine> Departures,
    IReadOnlyList<StayLine> InHouse,
    IReadOnlyList<OccupancyDay> Occupancy,
    IReadOnlyList<ReminderLine> RemindersDue,
    int RemindersCount)
{
    public OccupancyDay OccupancyToday => Occupancy[0];
}

/// <summary>One booking as a line on the dashboard: enough to recognise it, open it and check it in or out.</summary>
public sealed record StayLine(
    int BookingId, string ReservationNumber, string GuestName, string RoomNumber, BookingStatus Status, DateOnly CheckIn, DateOnly CheckOut)
{
    /// <summary>What the guest still owes; read for guests who are in (those the desk checks out).</summary>
    public decimal Open { get; init; }
}

public sealed record OccupancyDay(DateOnly Date, int OccupiedRooms, int ActiveRooms)
{
    public int Percent => ActiveRooms == 0 ? 0 : (int)Math.Round(100.0 * OccupiedRooms / ActiveRooms);
}

public sealed record ReminderLine(int ReminderId, int BookingId, string ReservationNumber, DateTimeOffset DueAt, string Text);

/// <summary>A desk action asked for on one of the dashboard's lines.</summary>
public sealed record StayAction(StayLine Stay, BookingWeb.Features.Bookings.Saving.DeskAction Action);

/// <summary>Which open reminders the dashboard lists: due by the end of today, overdue (due before today), or all open.</summary>
public enum ReminderFilter { Due, Overdue, All }

/// <summary>A page of the reminders card.</summary>
/// <param name="CreatedBy">Only the reminders this person wrote ("only mine"); null for everyone's.</param>
public sealed record ReminderQuery(ReminderFilter Filter = ReminderFilter.Due, string? CreatedBy = null, int Page = 0)
{
    public const int PageSize = 8;
}
