using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Activity;

/// <summary>Two people in two browsers: what one does, the other sees without reloading; the one who did it gets no toast.</summary>
public class LiveTwoUsersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_booking_cancelled_and_deleted_by_one_changes_and_disappears_in_the_others_list()
    {
        var id = await SeedAsync("RES-2027-0701", "71");
        var other = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(other, "/bookings?q=RES-2027-0701");
        var row = other.Locator($"tr[data-booking-id='{id}']");
        await Expect(row.Locator("[data-status=Confirmed]")).ToBeVisibleAsync();
        var actor = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(actor, $"/bookings/{id}");

        await actor.GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();
        await actor.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();

        await Expect(row.Locator("[data-status=Cancelled]")).ToBeVisibleAsync();
        await Expect(other.GetByText("Booking RES-2027-0701 — Live, room 71 — cancelled by Administrator")).ToBeVisibleAsync();
        await Expect(actor.GetByText("cancelled by Administrator")).ToHaveCountAsync(0);

        await actor.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await actor.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        await Expect(other.GetByText("Booking RES-2027-0701 deleted by Administrator")).ToBeVisibleAsync();
    }

    private async Task<int> SeedAsync(string number, string roomNumber)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 90 },
            Guest = new Guest { FirstName = "Lia", LastName = "Live" },
            CheckIn = new DateOnly(2027, 7, 5),
            CheckOut = new DateOnly(2027, 7, 7),
            RatePerNight = 90,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
