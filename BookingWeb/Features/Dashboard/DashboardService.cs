using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Dashboard;

/// <summary>Reads the day at a glance: who comes, who leaves, who stays, how full the house is, what is due.</summary>
public sealed class DashboardService(IDbContextFactory<BookingDbContext> contextFactory, HotelClock clock)
{
    /// <summary>Today plus this many days in the occupancy outlook.</summary>
    public const int OutlookDays = 7;


    public async Task<DashboardSnapshot> LoadAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var outlookEnd = today.AddDays(OutlookDays + 1);

        // One query for every stay that touches today or the outlook; the lists are cut from it in memory.
        var stays = await db.Bookings.AsNoTracking()
            .Where(b => !Booking.FreeingStatuses.Contains(b.Status) && b.CheckIn < outlookEnd && b.CheckOut >= today)
            .OrderBy(b => b.Room!.Number).ThenBy(b => b.ReservationNumber)
            .Select(b => new Stay(
                new StayLine(b.Id, b.ReservationNumber, b.Guest!.FirstName + " " + b.Guest.LastName, b.Room!.Number),
                b.RoomId, b.Room.IsActive, b.CheckIn, b.CheckOut, b.Status))
            .ToListAsync(cancellationToken);

        var activeRooms = await db.Rooms.CountAsync(r => r.IsActive, cancellationToken);
        var remindersDue = await LoadRemindersDueAsync(db, today, cancellationToken);

        return new DashboardSnapshot(
            today,
            Arrivals: stays.Where(s => s.CheckIn == today).Select(s => s.Line).ToList(),
            Departures: stays.Where(s => s.CheckOut == today).Select(s => s.Line).ToList(),
            InHouse: stays.Where(s => s.CoversNight(today) && IsInHouse(s, today)).Select(s => s.Line).ToList(),
            Occupancy: Enumerable.Range(0, OutlookDays + 1)
                .Select(offset => today.AddDays(offset))
                .Select(day => new OccupancyDay(day, CountOccupiedRooms(stays, day), activeRooms))
                .ToList(),
            remindersDue);
    }

    // Checked in, or confirmed for a stay that began before today (the guest is here; the check-in was not recorded).
    // Today's confirmed arrivals are arrivals until someone checks them in.
    private static bool IsInHouse(Stay stay, DateOnly today) =>
        stay.Status == BookingStatus.CheckedIn || (stay.Status == BookingStatus.Confirmed && stay.CheckIn < today);

    private static int CountOccupiedRooms(IEnumerable<Stay> stays, DateOnly night) =>
        stays.Where(s => s.RoomIsActive && s.CoversNight(night)).Select(s => s.RoomId).Distinct().Count();

    private async Task<List<ReminderLine>> LoadRemindersDueAsync(BookingDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        // "Due today" ends at the hotel's midnight; PostgreSQL's timestamptz wants it in UTC.
        var endOfToday = clock.StartOf(today.AddDays(1)).ToUniversalTime();
        return await db.Reminders.AsNoTracking()
            .Where(r => !r.Done && r.DueAt < endOfToday)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Select(r => new ReminderLine(r.Id, r.BookingId, r.Booking!.ReservationNumber, r.DueAt, r.Text))
            .ToListAsync(cancellationToken);
    }

    private sealed record Stay(StayLine Line, int RoomId, bool RoomIsActive, DateOnly CheckIn, DateOnly CheckOut, BookingStatus Status)
    {
        public bool CoversNight(DateOnly night) => CheckIn <= night && night < CheckOut;
    }
}
