using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>Two records of one guest become one: the duplicate's bookings move over, it is deleted, audited, and open pages follow.</summary>
public class DuplicateGuestMergeTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Day = TestHotel.Today.AddDays(40);

    [Fact]
    public async Task Anna_merges_a_duplicate_into_the_guest_after_confirming_and_Ben_sees_its_bookings_arrive_on_the_kept_guest()
    {
        var (keep, duplicate) = await SeedAsync();
        var ben = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(ben, $"/guests/{keep}");
        await Expect(ben.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0951" })).ToBeVisibleAsync();
        await Expect(ben.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0952" })).ToHaveCountAsync(0);
        var anna = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(anna, $"/guests/{keep}");
        var panel = anna.GetByTestId("guest-duplicates");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Zusammen, Xaver" })).ToHaveAttributeAsync("href", $"/guests/{duplicate}");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Merge Zusammen, Xaver" }).ClickAsync();
        var dialog = anna.GetByRole(AriaRole.Dialog, new() { Name = "Merge guests" });
        await Expect(dialog).ToContainTextAsync("Bookings moving to Xaver Zusammen: 2 bookings (RES-2027-0952, RES-2027-0953).");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep both" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal(2, await BookingsOfAsync(duplicate));

        await panel.GetByRole(AriaRole.Button, new() { Name = "Merge Zusammen, Xaver" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(anna.GetByText("Xaver Zusammen merged into Xaver Zusammen: 2 bookings moved")).ToBeVisibleAsync();
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(ben.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0952" })).ToBeVisibleAsync();
        await Expect(ben.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0953" })).ToBeVisibleAsync();
        await using var db = app.CreateContext();
        Assert.False(await db.Guests.AnyAsync(g => g.Id == duplicate));
        Assert.Equal(3, await BookingsOfAsync(keep));
        var moved = await db.Bookings.SingleAsync(b => b.ReservationNumber == "RES-2027-0952");
        var entry = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, moved.Id, 5)).First();
        Assert.Equal(keep.ToString(), entry.NewText("guest_id"));
        Assert.False(string.IsNullOrEmpty(entry.ChangedBy));
    }

    private async Task<int> BookingsOfAsync(int guestId)
    {
        await using var db = app.CreateContext();
        return await db.Bookings.CountAsync(b => b.GuestId == guestId);
    }

    private async Task<(int Keep, int Duplicate)> SeedAsync()
    {
        await using var db = app.CreateContext();
        var room = new Room { Number = "GM1", Name = "", BaseRate = 80, MaxAdults = 2 };
        var keep = new Guest { FirstName = "Xaver", LastName = "Zusammen", Email = "xaver@zusammen.example" };
        var duplicate = new Guest { FirstName = "Xaver", LastName = "Zusammen", Email = "XAVER@zusammen.example", Phone = "+49 89 1" };
        db.AddRange(room, keep, duplicate);
        for (var i = 0; i < 3; i++)
            db.Bookings.Add(new Booking
            {
                ReservationNumber = $"RES-2027-095{i + 1}", Room = room, Guest = i == 0 ? keep : duplicate, CheckIn = Day.AddDays(3 * i),
                CheckOut = Day.AddDays(3 * i + 2), Status = BookingStatus.Confirmed, RatePerNight = 80, Adults = 1,
            });
        await db.SaveChangesAsync();
        return (keep.Id, duplicate.Id);
    }
}
