using BookingWeb.Platform.Data;
using BookingWeb.Features.Calendar;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Calendar;

public class CalendarPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_booking_shows_as_a_bar_in_its_rooms_row_and_opens_the_booking()
    {
        var today = TestHotel.Today;
        var booking = await AddBookingAsync(roomNumber: "101", lastName: "Lovelace", checkIn: today, checkOut: today.AddDays(2));
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/calendar");

        var row = page.GetByRole(AriaRole.Group, new() { Name = "Room 101" });
        var bar = row.GetByRole(AriaRole.Link, new() { Name = "Lovelace" });
        await Expect(bar).ToBeVisibleAsync();
        await Expect(bar).ToHaveAttributeAsync("title", new Regex("RES-2026-9001"));

        await bar.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/bookings/{booking.Id}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Booking RES-2026-9001");
    }

    private async Task<Booking> AddBookingAsync(string roomNumber, string lastName, DateOnly checkIn, DateOnly checkOut)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = "RES-2026-9001",
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 90 },
            Guest = new Guest { FirstName = "Ada", LastName = lastName },
            CheckIn = checkIn,
            CheckOut = checkOut,
            Status = BookingStatus.Confirmed,
            RatePerNight = 90,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking;
    }
}
