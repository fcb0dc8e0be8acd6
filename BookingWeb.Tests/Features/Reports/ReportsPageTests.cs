using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Reports;

/// <summary>The reports in a browser: opened from the menu, and live when a booking is written into the database.</summary>
public class ReportsPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly FirstOfThisMonth = new(TestHotel.Today.Year, TestHotel.Today.Month, 1);

    [Fact]
    public async Task Staff_open_the_reports_from_the_menu_and_see_a_booking_added_meanwhile_in_the_figures()
    {
        var room = await AddBookingAsync(null, FirstOfThisMonth, nights: 2, rate: 100);
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/reports$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reports");
        var revenue = page.GetByRole(AriaRole.Region, new() { Name = "Revenue by month" });
        await Expect(revenue.GetByRole(AriaRole.Img, new() { Name = "Bar chart of the revenue of each month" })).ToBeVisibleAsync();
        await Expect(revenue.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-summary=revenue]")).ToHaveTextAsync("€200.00");

        await AddBookingAsync(room, FirstOfThisMonth.AddDays(2), nights: 1, rate: 80);

        await Expect(page.Locator("[data-summary=revenue]")).ToHaveTextAsync("€280.00");
        await Expect(revenue.Locator("[data-revenue]").Last).ToHaveTextAsync("€280.00");
    }

    /// <summary>A booking written straight into the database, as another instance or a script would; returns its room.</summary>
    private async Task<Room> AddBookingAsync(Room? room, DateOnly checkIn, int nights, decimal rate)
    {
        await using var db = app.CreateContext();
        room ??= new Room { Number = "101", Name = "", BaseRate = rate };
        if (room.Id != 0) db.Attach(room);
        db.Bookings.Add(new Booking
        {
            ReservationNumber = $"RES-2026-{8000 + checkIn.Day}",
            Room = room,
            Guest = new Guest { FirstName = "Ada", LastName = "Lovelace" },
            CheckIn = checkIn,
            CheckOut = checkIn.AddDays(nights),
            RatePerNight = rate,
        });
        await db.SaveChangesAsync();
        return room;
    }
}
