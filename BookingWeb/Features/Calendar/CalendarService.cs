using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Calendar;

/// <summary>Reads the tape chart: every room (inactive ones as out of order) and the room-holding stays of a window of days.</summary>
public sealed class CalendarService(IDbContextFactory<BookingDbContext> contextFactory)
{
    public async Task<CalendarWindow> GetWindowAsync(DateOnly start, int days, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var end = start.AddDays(days);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Shorter numbers first so that room 9 comes before room 10.
        var rooms = await db.Rooms.AsNoTracking()
            .OrderBy(r => r.Number.Length).ThenBy(r => r.Number)
            .Select(r => new CalendarRoom(r.Id, r.Number, r.Name, r.Type, !r.IsActive))
            .ToListAsync(cancellationToken);

        var stays = await db.Bookings.AsNoTracking()
            .Where(b => !Booking.FreeingStatuses.Contains(b.Status) && b.CheckIn < end && b.CheckOut > start)
            .OrderBy(b => b.CheckIn)
            .Select(b => new
            {
                b.Id, b.RoomId, b.ReservationNumber, b.Guest!.FirstName, b.Guest.LastName, b.Status, b.CheckIn, b.CheckOut, b.Version,
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
                EndsAfterWindow: s.CheckOut > end,
                Version: s.Version);
        }).ToList();

        return new CalendarWindow(start, days, rooms, bars);
    }

    /// <summary>The windows a person can choose: a week, a fortnight, a month.</summary>
    public static readonly int[] Ranges = [7, 14, 30];

    /// <summary>The Monday on or before <paramref name="date"/>: where a week-aligned window starts.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
