using BookingWeb.Collaboration.Editing;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Rooms;

/// <summary>Reads and writes rooms for the room pages, and finds free rooms for the booking editor.</summary>
public sealed class RoomService(
    IDbContextFactory<BookingDbContext> contextFactory, RoomRules rules, StaffSession session, HotelClock clock, ILogger<RoomService> logger)
    : RecordStore<Room>(contextFactory, rules, session, clock, logger)
{
    public async Task<RoomPage> GetPageAsync(RoomQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
        var rooms = query.Activity switch
        {
            RoomActivity.Active => db.Rooms.AsNoTracking().Where(r => r.IsActive),
            RoomActivity.Inactive => db.Rooms.AsNoTracking().Where(r => !r.IsActive),
            _ => db.Rooms.AsNoTracking(),
        };
        var count = await rooms.CountAsync(cancellationToken);
        var rows = await RoomSorting.Apply(rooms, query.Sort, query.Descending)
            .Skip(query.Skip).Take(query.Take)
            .Select(r => new RoomRow(r.Id, r.Number, r.Name, r.Type, r.MaxAdults, r.MaxChildren, r.BaseRate, r.IsActive))
            .ToListAsync(cancellationToken);
        return new RoomPage(rows, count);
    }

    /// <summary>
    /// Active rooms that fit the party and are free for every night from check-in to the night before check-out.
    /// A booking being edited (<paramref name="excludeBookingId"/>) does not block its own room.
    /// </summary>
    public async Task<IReadOnlyList<Room>> GetBookableRoomsAsync(DateOnly checkIn, DateOnly checkOut, int adults, int children,
        int? excludeBookingId = null, CancellationToken cancellationToken = default)
    {
        if (checkOut <= checkIn) return [];
        await using var db = await CreateDbContextAsync(cancellationToken);
        var rooms = db.Rooms.AsNoTracking()
            .Where(r => r.IsActive && r.MaxAdults >= adults && r.MaxChildren >= children)
            .Where(r => !r.Bookings.Any(b => b.Id != excludeBookingId
                && !Booking.FreeingStatuses.Contains(b.Status)
                && b.CheckIn < checkOut && checkIn < b.CheckOut));
        return await RoomSorting.ByNumber(rooms).ToListAsync(cancellationToken);
    }
}
