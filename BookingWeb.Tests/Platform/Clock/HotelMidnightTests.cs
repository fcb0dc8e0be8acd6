using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Dashboard;
using BookingWeb.Shared;
using BookingWeb.Tests.Features;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Tests.Platform.Clock;

/// <summary>
/// Across the hotel's midnight on a server that runs on UTC: the dashboard, reminders and reservation numbers follow
/// the hotel's clock, never the server's.
/// </summary>
public class HotelMidnightTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly StayTestData _data = new(database);
    private readonly FakeTimeProvider _time = new();

    public Task InitializeAsync() => _data.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Half_an_hour_after_the_hotels_midnight_a_booking_arriving_that_day_is_todays_arrival()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 2 December in Berlin
        var clock = TestHotel.Clock(_time);
        var room = await _data.AddRoomAsync("12");
        var arriving = await _data.AddStayAsync(room, "Nachtzug", new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 4));
        await _data.AddStayAsync(await _data.AddRoomAsync("14"), "Gestern", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2));

        var snapshot = await new DashboardService(database.ContextFactory, clock).LoadAsync(clock.Today);

        Assert.Equal(new DateOnly(2026, 12, 2), snapshot.Today);
        Assert.Equal([arriving.ReservationNumber], snapshot.Arrivals.Select(a => a.ReservationNumber));
    }

    [Theory]
    [InlineData(2026, 12, 8, 8)] // winter: UTC+1
    [InlineData(2027, 7, 8, 7)]  // summer: UTC+2
    public async Task A_reminder_due_at_nine_at_the_hotel_is_stored_at_the_utc_instant_of_that_day_and_reads_back_as_nine(
        int year, int month, int day, int utcHour)
    {
        _time.SetUtcNow(new DateTimeOffset(year, month, day - 3, 12, 0, 0, TimeSpan.Zero));
        var bookings = new BookingService(database.ContextFactory, TestHotel.Clock(_time), NullLogger<BookingService>.Instance);
        var room = await _data.AddRoomAsync("21");
        var guest = await _data.AddGuestAsync("Ida", "Neun");
        var checkIn = new DateOnly(year, month, day);
        var draft = new BookingDraft { GuestId = guest.Id, RoomId = room.Id, CheckIn = checkIn, CheckOut = checkIn.AddDays(2), Adults = 1, RatePerNight = 90 };
        draft.Reminders.Add(new BookingWeb.Features.Bookings.ReminderLine { DueAt = new DateTime(year, month, day, 9, 0, 0), Text = "Call about the arrival time" });

        var saved = Assert.IsType<SaveResult.Saved>(await bookings.SaveAsync(draft));

        await using var db = database.CreateContext();
        var stored = await db.Reminders.SingleAsync(r => r.BookingId == saved.Id);
        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero), stored.DueAt);
        Assert.Equal(new DateTime(year, month, day, 9, 0, 0), (await bookings.LoadAsync(saved.Id))!.Reminders.Single().DueAt);
    }

    [Fact]
    public async Task A_reminder_due_just_after_the_hotels_midnight_is_not_due_today_though_it_is_still_today_in_utc()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero)); // 21:00 in Berlin
        var clock = TestHotel.Clock(_time);
        var stay = await _data.AddStayAsync(await _data.AddRoomAsync("31"), "Frueh", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 4));
        await using (var db = database.CreateContext())
        {
            db.Reminders.AddRange(
                new Reminder { BookingId = stay.Id, Text = "Before midnight", DueAt = clock.Instant(new DateTime(2026, 12, 1, 23, 45, 0)).ToUniversalTime() },
                new Reminder { BookingId = stay.Id, Text = "After midnight", DueAt = clock.Instant(new DateTime(2026, 12, 2, 0, 15, 0)).ToUniversalTime() });
            await db.SaveChangesAsync();
        }

        var snapshot = await new DashboardService(database.ContextFactory, clock).LoadAsync(clock.Today);

        Assert.Equal(["Before midnight"], snapshot.RemindersDue.Select(r => r.Text));
    }

    [Fact]
    public async Task A_booking_made_half_an_hour_into_the_hotels_new_year_gets_a_number_of_the_new_year()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 January 2027 in Berlin
        var bookings = new BookingService(database.ContextFactory, TestHotel.Clock(_time), NullLogger<BookingService>.Instance);
        var room = await _data.AddRoomAsync("41");
        var guest = await _data.AddGuestAsync("Neu", "Jahr");
        var checkIn = new DateOnly(2027, 1, 1);

        var saved = Assert.IsType<SaveResult.Saved>(await bookings.SaveAsync(new BookingDraft
        {
            GuestId = guest.Id, RoomId = room.Id, CheckIn = checkIn, CheckOut = checkIn.AddDays(1), Adults = 1, RatePerNight = 90,
        }));

        Assert.StartsWith("RES-2027-", (await bookings.LoadAsync(saved.Id))!.ReservationNumber);
    }
}
