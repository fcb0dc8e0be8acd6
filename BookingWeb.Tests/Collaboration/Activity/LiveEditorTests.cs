using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Activity;

/// <summary>An open booking editor learns of other people's changes, deletions and presence, and keeps what the user typed.</summary>
public class LiveEditorTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_change_by_someone_else_is_announced_keeps_what_i_typed_and_review_brings_it_in()
    {
        var id = await SeedAsync("RES-2027-0601", "61");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/bookings/{id}");
        await page.GetByLabel("Notes").FillAsync("Wants a quiet room");

        await using (var admin = app.CreateContext(await AdminIdAsync()))
        {
            var booking = await admin.Bookings.SingleAsync(b => b.Id == id);
            booking.CheckOut = new DateOnly(2027, 6, 9);
            await admin.SaveChangesAsync();
        }

        var banner = page.Locator("[data-changed-elsewhere=changed]");
        await Expect(banner).ToContainTextAsync("Changed by Administrator just now");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Wants a quiet room");
        await banner.GetByRole(AriaRole.Button, new() { Name = "Review" }).ClickAsync();

        await Expect(EditorPage.CheckOut(page)).ToHaveValueAsync("2027-06-09");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Wants a quiet room");
        await Expect(page.GetByTestId("merge-summary")).ToContainTextAsync("Not saved yet");
        await Expect(banner).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("Booking saved").First).ToBeVisibleAsync();

        await using var check = app.CreateContext();
        var stored = await check.Bookings.AsNoTracking().SingleAsync(b => b.Id == id);
        Assert.Equal((new DateOnly(2027, 6, 9), "Wants a quiet room"), (stored.CheckOut, stored.Notes));
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Expect(page.Locator("[data-history-entry]").Filter(new() { HasText = "Administrator changed Check-out (2027-06-07 → 2027-06-09)" }))
            .ToBeVisibleAsync();
        await Expect(page.Locator("[data-history-entry]").Filter(new() { HasText = $"{TestAccounts.Staff.DisplayName} changed Notes" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_deletion_by_someone_else_is_announced_by_name()
    {
        var id = await SeedAsync("RES-2027-0602", "62");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, id);

        await using (var admin = app.CreateContext(await AdminIdAsync()))
        {
            admin.Bookings.Remove(await admin.Bookings.SingleAsync(b => b.Id == id));
            await admin.SaveChangesAsync();
        }

        await Expect(page.Locator("[data-changed-elsewhere=deleted]")).ToContainTextAsync("Deleted by Administrator just now");
    }

    [Fact]
    public async Task A_forged_deletion_notice_is_not_shown_while_the_booking_exists_and_names_nobody()
    {
        var id = await SeedAsync("RES-2027-0604", "64");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, id);
        var adminId = await AdminIdAsync();
        long insertAuditId;
        await using (var db = app.CreateContext())
            insertAuditId = await db.Database.SqlQuery<long>(
                $"SELECT min(id) AS \"Value\" FROM audit_log WHERE table_name = 'bookings' AND row_id = {id}").SingleAsync();

        // Anyone who can connect can NOTIFY the channel: a deletion "by the administrator" that never happened.
        await Sql.ExecuteAsync(app.ConnectionString, $$"""
            SELECT pg_notify('bookingweb_changes', '{"table":"bookings","op":"DELETE","id":{{id}},"booking_id":{{id}},"version":null,"by":"{{adminId}}","origin":null,"audit_id":{{insertAuditId}}}')
            """);
        await using (var outside = app.CreateContext())
        {
            var booking = await outside.Bookings.SingleAsync(b => b.Id == id);
            booking.Notes = "Changed from outside";
            await outside.SaveChangesAsync();
        }

        await Expect(page.Locator("[data-changed-elsewhere=changed]")).ToContainTextAsync("Changed by someone outside BookingWeb just now");
        await Expect(page.GetByText(new Regex("Booking RES-2027-0604 .*changed by someone outside BookingWeb")).First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-changed-elsewhere=deleted]")).ToHaveCountAsync(0);
        await Expect(page.GetByText("deleted by Administrator")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Two_people_in_one_booking_see_each_other_and_the_list_shows_it_until_they_leave()
    {
        var id = await SeedAsync("RES-2027-0603", "63");
        var staff = await app.NewPageAsync(TestAccounts.Staff);
        var admin = await app.NewPageAsync(TestAccounts.Admin);
        var list = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(list, "/bookings?q=RES-2027-0603");

        await AppFixture.OpenAsync(staff, $"/bookings/{id}");
        await AppFixture.OpenAsync(admin, $"/bookings/{id}");

        await Expect(staff.Locator("[data-presence]")).ToContainTextAsync("Administrator is editing");
        await Expect(admin.Locator("[data-presence]")).ToContainTextAsync($"{TestAccounts.Staff.DisplayName} is editing");
        var row = list.Locator($"tr[data-booking-id='{id}'] [data-presence]");
        await Expect(row).ToHaveTextAsync($"Administrator and {TestAccounts.Staff.DisplayName} are editing");
        foreach (var width in new[] { 1400, 1920 })
        {
            // The names wrap below the reservation number: neither cut off nor pushing the list wider than the window.
            await list.SetViewportSizeAsync(width, 900);
            Assert.True(await list.EvaluateAsync<bool>("""
                () => { const list = document.querySelector('.booking-list .mud-table-container');
                        const names = document.querySelector('[data-presence]');
                        return list.scrollWidth <= list.clientWidth && names.scrollWidth <= names.clientWidth; }
                """), $"At {width} px the list is wider than the window or the names are cut off");
        }

        await admin.CloseAsync();
        await Expect(staff.Locator("[data-presence]")).ToHaveCountAsync(0);
        await Expect(row).ToHaveTextAsync($"{TestAccounts.Staff.DisplayName} is editing");
    }

    private async Task<string> AdminIdAsync()
    {
        await using var db = app.CreateContext();
        return (await db.Users.SingleAsync(u => u.Email == TestAccounts.Admin.Email)).Id;
    }

    private async Task<int> SeedAsync(string number, string roomNumber)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 90, MaxAdults = 2 },
            Guest = new Guest { FirstName = "Lia", LastName = "Live" },
            CheckIn = new DateOnly(2027, 6, 5),
            CheckOut = new DateOnly(2027, 6, 7),
            RatePerNight = 90,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
