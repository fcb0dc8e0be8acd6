using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Calendar;

/// <summary>Reads the occupancy calendar: active rooms and the room-holding stays of a window of days.</summary>
public sealed class CalendarService(IDbContextFactory<BookingDbContext> contextFactory)
{
    public async Task<CalendarWindow> GetWindowAsync(DateOnly start, int days, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var end = start.AddDays(days);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Shorter numbers first so that room 9 comes before room 10.
        var rooms = await db.Rooms.AsNoTracking()
            .Where(r => r.IsActive)
            .OrderBy(r => r.Number.Length).ThenBy(r => r.Number)
            .Select(r => new CalendarRoom(r.Id, r.Number, r.Name))
            .ToListAsync(cancellationToken);

        var stays = await db.Bookings.AsNoTracking()
            .Where(b => !Booking.FreeingStatuses.Contains(b.Status) && b.Room!.IsActive && b.CheckIn < end && b.CheckOut > start)
            .OrderBy(b => b.CheckIn)
            .Select(b => new
            {
                b.Id, b.RoomId, b.ReservationNumber, b.Guest!.FirstName, b.Guest.LastName, b.Status, b.CheckIn, b.CheckOut,
            })
            .ToListAsync(cancellationToken);

        var bars = stays.Select(s =>
        {
            var firstNight = s.CheckIn < start ? start : s.CheckIn;
            var afterLastNight = s.CheckOut > end ? end : s.CheckOut;
            return new CalendarBar(s.Id, s.RoomId, s.ReservationNumber, s.FirstName, s.LastName, s.Status, s.CheckIn, s.CheckOut,
                FirstNightIndex: firstNight.DayNumber - start.DayNumber,
                VisibleNights: afterLastNight.DayNumber - firstNight.DayNumber,
                StartsBeforeWindow: s.CheckIn < start,
                EndsAfterWindow: s.CheckOut > end);
        }).ToList();

        return new CalendarWindow(start, days, rooms, bars);
    }

    /// <summary>The Monday on or before <paramref name="date"/>: where a week-aligned window starts.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
