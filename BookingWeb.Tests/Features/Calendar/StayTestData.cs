using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Tests.Features;

/// <summary>Rooms, guests and stays written straight into a test class's database, for the dashboard, calendar and editor tests.</summary>
public sealed class StayTestData(DatabaseFixture database)
{
    private static int _nextReservation = 9000;

    /// <summary>Empties the hotel so each test counts only what it adds.</summary>
    public async Task ResetAsync()
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("TRUNCATE reminders, discounts, additional_services, bookings, guests, rooms RESTART IDENTITY CASCADE");
    }

    public async Task<Room> AddRoomAsync(string number, bool active = true)
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = number, Name = "", BaseRate = 100, IsActive = active };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room;
    }

    public async Task<Guest> AddGuestAsync(string firstName, string lastName)
    {
        await using var db = database.CreateContext();
        var guest = new Guest { FirstName = firstName, LastName = lastName };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest;
    }

    public async Task<Booking> AddStayAsync(Room room, string lastName, DateOnly checkIn, DateOnly checkOut,
        BookingStatus status = BookingStatus.Confirmed)
    {
        await using var db = database.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = $"RES-2026-{Interlocked.Increment(ref _nextReservation)}",
            RoomId = room.Id,
            Guest = new Guest { FirstName = "Ada", LastName = lastName },
            CheckIn = checkIn,
            CheckOut = checkOut,
            Status = status,
            RatePerNight = 100,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking;
    }

    /// <param name="author">Who writes it (its created_by); the fixture's default actor when null.</param>
    public async Task<Reminder> AddReminderAsync(Booking booking, DateTimeOffset dueAt, string text, bool done = false, string? author = null)
    {
        await using var db = database.CreateContext(author);
        var reminder = new Reminder { BookingId = booking.Id, DueAt = dueAt.ToUniversalTime(), Text = text, Done = done };
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
        return reminder;
    }
}
