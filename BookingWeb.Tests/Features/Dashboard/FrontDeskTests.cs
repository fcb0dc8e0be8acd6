using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Dashboard;

/// <summary>The morning at the desk: one click checks a guest in or out, and every open dashboard follows.</summary>
public class FrontDeskTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;

    [Fact]
    public async Task Anna_checks_a_guest_in_and_another_out_from_the_dashboard_while_Ben_watches_his_lists_follow()
    {
        var arriving = await SeedAsync("RES-2027-0801", "D81", "Arrival", Today, BookingStatus.Confirmed, paid: 0);
        var leaving = await SeedAsync("RES-2027-0802", "D82", "Departure", Today.AddDays(-2), BookingStatus.CheckedIn, paid: 50);
        var ben = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(ben, "/");
        var bensInHouse = ben.GetByRole(AriaRole.Region, new() { Name = "In house" });
        var bensDeparture = ben.GetByRole(AriaRole.Region, new() { Name = "Departures today" }).Locator("li[data-booking='RES-2027-0802']");
        await Expect(bensDeparture.GetByRole(AriaRole.Button, new() { Name = "Check out RES-2027-0802" })).ToBeVisibleAsync();
        await Expect(bensInHouse.Locator("li[data-booking='RES-2027-0801']")).ToHaveCountAsync(0);
        var anna = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(anna, "/");

        await anna.GetByRole(AriaRole.Button, new() { Name = "Check in RES-2027-0801" }).First.ClickAsync();

        await Expect(anna.GetByText("RES-2027-0801 checked in.")).ToBeVisibleAsync();
        await Expect(bensInHouse.Locator("li[data-booking='RES-2027-0801']")).ToBeVisibleAsync();
        await Expect(ben.GetByRole(AriaRole.Button, new() { Name = "Check in RES-2027-0801" })).ToHaveCountAsync(0);

        var departure = anna.GetByRole(AriaRole.Region, new() { Name = "Departures today" }).Locator("li[data-booking='RES-2027-0802']");
        await Expect(departure.GetByTestId("open-amount")).ToContainTextAsync("150.00 open"); // 2 nights × 100 − 50 paid
        await departure.GetByRole(AriaRole.Button, new() { Name = "Check out RES-2027-0802" }).ClickAsync();

        await Expect(anna.GetByText("RES-2027-0802 checked out;")).ToContainTextAsync("150.00 is still open.");
        await Expect(bensDeparture).ToContainTextAsync("Checked out");
        await Expect(bensDeparture.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await using var db = app.CreateContext();
        var checkedOut = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, leaving, 5)).First();
        Assert.Equal(("CheckedOut", false), (checkedOut.NewText("status"), string.IsNullOrEmpty(checkedOut.ChangedBy)));
        Assert.Equal(BookingStatus.CheckedIn, (await db.Bookings.FindAsync(arriving))!.Status);
    }

    [Fact]
    public async Task The_booking_editor_checks_out_with_the_open_amount_in_sight()
    {
        var id = await SeedAsync("RES-2027-0803", "D83", "Editor", Today.AddDays(-1), BookingStatus.CheckedIn, paid: 20);
        var page = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(page, $"/bookings/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check out (" }).ClickAsync(); // "Check out (€180.00 open)"

        await Expect(page.GetByText("RES-2027-0803 checked out;")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check out (" })).ToHaveCountAsync(0);
        await using var db = app.CreateContext();
        Assert.Equal(BookingStatus.CheckedOut, (await db.Bookings.FindAsync(id))!.Status);
    }

    [Fact]
    public async Task A_reminder_is_ticked_off_from_the_dashboard_and_the_overdue_filter_shows_only_older_ones()
    {
        var id = await SeedAsync("RES-2027-0804", "D84", "Reminded", Today, BookingStatus.Confirmed, paid: 0);
        await using (var db = app.CreateContext())
        {
            db.Reminders.Add(new Reminder { BookingId = id, DueAt = TestHotel.At(Today.AddDays(-1), 9, 0).ToUniversalTime(), Text = "Call the taxi firm" });
            db.Reminders.Add(new Reminder { BookingId = id, DueAt = TestHotel.At(Today, 23, 0).ToUniversalTime(), Text = "Flowers for room D84" });
            await db.SaveChangesAsync();
        }
        var page = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(page, "/");
        var reminders = page.GetByRole(AriaRole.Region, new() { Name = "Reminders due" });
        await Expect(reminders.GetByText("Flowers for room D84")).ToBeVisibleAsync();

        await reminders.GetByRole(AriaRole.Button, new() { Name = "Overdue", Exact = true }).ClickAsync();
        var overdue = page.GetByRole(AriaRole.Region, new() { Name = "Reminders" });
        await Expect(overdue.GetByText("Flowers for room D84")).ToHaveCountAsync(0);
        await overdue.GetByRole(AriaRole.Button, new() { Name = "Done: Call the taxi firm" }).ClickAsync();

        await Expect(page.GetByText("Reminder done: Call the taxi firm")).ToBeVisibleAsync();
        await Expect(overdue.GetByText("Call the taxi firm")).ToHaveCountAsync(0);
        await using var check = app.CreateContext();
        Assert.True((await check.Reminders.SingleAsync(r => r.Text == "Call the taxi firm")).Done);
    }

    private async Task<int> SeedAsync(string number, string roomNumber, string guest, DateOnly checkIn, BookingStatus status, decimal paid)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 100 },
            Guest = new Guest { FirstName = "Dana", LastName = guest },
            CheckIn = checkIn,
            CheckOut = checkIn.AddDays(2),
            RatePerNight = 100,
            AmountPaid = paid,
            PaymentStatus = paid > 0 ? PaymentStatus.PartiallyPaid : PaymentStatus.Unpaid,
            Status = status,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
