using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Dashboard;

/// <summary>Reads the day at a glance: who comes, who leaves, who stays, how full the house is, what is due.</summary>
public sealed class DashboardService(IDbContextFactory<BookingDbContext> contextFactory, HotelClock clock)
{
    /// <summary>Today plus this many days in the occupancy outlook.</summary>
    public const int OutlookDays = 7;


    public Task<DashboardSnapshot> LoadAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        LoadAsync(today, new ReminderQuery(), cancellationToken);

    public async Task<DashboardSnapshot> LoadAsync(DateOnly today, ReminderQuery reminders, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var outlookEnd = today.AddDays(OutlookDays + 1);

        // One query for every stay that touches today or the outlook; the lists are cut from it in memory.
        var stays = await db.Bookings.AsNoTracking()
            .Where(b => !Booking.FreeingStatuses.Contains(b.Status) && b.CheckIn < outlookEnd && b.CheckOut >= today)
            .OrderBy(b => b.Room!.Number).ThenBy(b => b.ReservationNumber)
            .Select(b => new Stay(
                new StayLine(b.Id, b.ReservationNumber, b.Guest!.FirstName + " " + b.Guest.LastName, b.Room!.Number, b.Status, b.CheckIn, b.CheckOut),
                b.RoomId, b.Room.IsActive, b.CheckIn, b.CheckOut, b.Status))
            .ToListAsync(cancellationToken);
        stays = await WithOpenAmountsAsync(db, stays, cancellationToken);

        var activeRooms = await db.Rooms.CountAsync(r => r.IsActive, cancellationToken);
        var (remindersDue, remindersCount) = await LoadRemindersAsync(db, today, reminders, cancellationToken);

        return new DashboardSnapshot(
            today,
            Arrivals: stays.Where(s => s.CheckIn == today || IsStillExpected(s, today)).Select(s => s.Line).ToList(),
            Departures: stays.Where(s => s.CheckOut == today).Select(s => s.Line).ToList(),
            InHouse: stays.Where(s => s.CoversNight(today) && s.Status == BookingStatus.CheckedIn).Select(s => s.Line).ToList(),
            Occupancy: Enumerable.Range(0, OutlookDays + 1)
                .Select(offset => today.AddDays(offset))
                .Select(day => new OccupancyDay(day, CountOccupiedRooms(stays, day), activeRooms))
                .ToList(),
            remindersDue, remindersCount);
    }

    // In house means checked in. A stay that began before today and was neither checked in nor marked a no-show is
    // still expected: it stays among the arrivals until the desk does one or the other.
    private static bool IsStillExpected(Stay stay, DateOnly today) =>
        stay.CheckIn < today && today < stay.CheckOut && stay.Status is (BookingStatus.Tentative or BookingStatus.Confirmed);

    /// <summary>What each guest who is in still owes, worked out as the booking editor does (<see cref="BookingTotals"/>).</summary>
    private static async Task<List<Stay>> WithOpenAmountsAsync(BookingDbContext db, List<Stay> stays, CancellationToken cancellationToken)
    {
        var ids = stays.Where(s => s.Status == BookingStatus.CheckedIn).Select(s => s.Line.BookingId).ToList();
        if (ids.Count == 0) return stays;
        var open = (await db.Bookings.AsNoTracking().AsSplitQuery().Where(b => ids.Contains(b.Id))
                .Include(b => b.Services).Include(b => b.Discounts).ToListAsync(cancellationToken))
            .ToDictionary(b => b.Id, b => b.Totals.BalanceDue);
        return stays.Select(s => open.TryGetValue(s.Line.BookingId, out var due) ? s with { Line = s.Line with { Open = due } } : s).ToList();
    }

    private static int CountOccupiedRooms(IEnumerable<Stay> stays, DateOnly night) =>
        stays.Where(s => s.RoomIsActive && s.CoversNight(night)).Select(s => s.RoomId).Distinct().Count();

    private async Task<(List<ReminderLine> Page, int Count)> LoadRemindersAsync(BookingDbContext db, DateOnly today, ReminderQuery query,
        CancellationToken cancellationToken)
    {
        // "Due today" ends at the hotel's midnight, "overdue" at the one before; PostgreSQL's timestamptz wants them in UTC.
        var endOfToday = clock.StartOf(today.AddDays(1)).ToUniversalTime();
        var startOfToday = clock.StartOf(today).ToUniversalTime();
        var open = db.Reminders.AsNoTracking().Where(r => !r.Done);
        open = query.Filter switch
        {
            ReminderFilter.Due => open.Where(r => r.DueAt < endOfToday),
            ReminderFilter.Overdue => open.Where(r => r.DueAt < startOfToday),
            _ => open,
        };
        if (query.CreatedBy is { } author) open = open.Where(r => r.CreatedBy == author);
        var count = await open.CountAsync(cancellationToken);
        var page = await open.OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Skip(query.Page * ReminderQuery.PageSize).Take(ReminderQuery.PageSize)
            .Select(r => new ReminderLine(r.Id, r.BookingId, r.Booking!.ReservationNumber, r.DueAt, r.Text))
            .ToListAsync(cancellationToken);
        return (page, count);
    }

    private sealed record Stay(StayLine Line, int RoomId, bool RoomIsActive, DateOnly CheckIn, DateOnly CheckOut, BookingStatus Status)
    {
        public bool CoversNight(DateOnly night) => CheckIn <= night && night < CheckOut;
    }
}
