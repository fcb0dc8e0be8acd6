using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>
/// Two records of one guest become one: the duplicate's bookings move over, it is deleted, audited, and open pages follow;
/// any other guest, not only a likely duplicate, can be picked on a guest's page and merged after the same question.
/// </summary>
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

    [Fact]
    public async Task A_receptionist_picks_a_guest_who_is_no_duplicate_confirms_and_their_bookings_belong_to_this_guest_and_the_other_is_gone()
    {
        var (keep, other) = await SeedAsync("Paula", "Behalten", "Otto", "Anders", "RES-2027-096");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{keep}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0961" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("guest-duplicates")).ToHaveCountAsync(0);

        var picker = await OpenPickerAsync(page, "Paula Behalten");
        await Picked(page).FillAsync("anders");
        await Expect(Found(picker)).ToHaveCountAsync(1);
        await Found(picker).GetByRole(AriaRole.Button, new() { Name = "Anders, Otto · otto@anders.example" }).ClickAsync();
        await Expect(picker).ToHaveCountAsync(0);
        var question = page.GetByRole(AriaRole.Dialog, new() { Name = "Merge guests" });
        await Expect(question).ToContainTextAsync(
            "Merge Otto Anders into Paula Behalten? Bookings moving to Paula Behalten: 2 bookings (RES-2027-0962, RES-2027-0963).");
        await question.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Otto Anders merged into Paula Behalten: 2 bookings moved, Otto Anders deleted.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0962" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0963" })).ToBeVisibleAsync();
        await using var db = app.CreateContext();
        Assert.False(await db.Guests.AnyAsync(g => g.Id == other));
        Assert.Equal(3, await db.Bookings.CountAsync(b => b.GuestId == keep));
        var moved = await db.Bookings.SingleAsync(b => b.ReservationNumber == "RES-2027-0963");
        var entry = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, moved.Id, 5)).First();
        Assert.Equal(keep.ToString(), entry.NewText("guest_id"));
        Assert.False(string.IsNullOrEmpty(entry.ChangedBy));
    }

    [Fact]
    public async Task By_keyboard_the_picker_never_offers_this_guest_says_when_none_matches_and_cancelling_either_step_changes_nothing()
    {
        var (keep, other) = await SeedAsync("Greta", "Bleibt", "Karl", "Fremd", "RES-2027-097");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{keep}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0971" })).ToBeVisibleAsync();

        var picker = await OpenPickerAsync(page, "Greta Bleibt");
        await Expect(Picked(page)).ToBeFocusedAsync(); // typing goes straight into the search
        await page.Keyboard.TypeAsync("Bleibt");
        await Expect(picker.GetByTestId("merge-picker-none")).ToHaveTextAsync("No other guest matches “Bleibt”.");
        await page.Keyboard.PressAsync("Escape");
        await Expect(picker).ToHaveCountAsync(0);

        picker = await OpenPickerAsync(page, "Greta Bleibt");
        await Expect(Picked(page)).ToBeFocusedAsync(); // typing goes straight into the search
        await page.Keyboard.TypeAsync("fremd");
        await Expect(Found(picker).GetByRole(AriaRole.Button)).ToHaveTextAsync(["Fremd, Karl · karl@fremd.example"]);
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Dialog, new() { Name = "Merge guests" });
        await Expect(question).ToContainTextAsync("Merge Karl Fremd into Greta Bleibt?");
        await question.GetByRole(AriaRole.Button, new() { Name = "Keep both" }).ClickAsync();

        await Expect(question).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0972" })).ToHaveCountAsync(0);
        await using var db = app.CreateContext();
        Assert.True(await db.Guests.AnyAsync(g => g.Id == other));
        Assert.Equal(2, await db.Bookings.CountAsync(b => b.GuestId == other));
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.GuestId == keep));
    }

    private static async Task<ILocator> OpenPickerAsync(IPage page, string keepName)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge another guest into this one…" }).ClickAsync();
        var picker = page.GetByRole(AriaRole.Dialog, new() { Name = $"Merge a guest into {keepName}" });
        await Expect(picker).ToContainTextAsync($"Choose the guest to merge into {keepName}");
        return picker;
    }

    private static ILocator Picked(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Guest to merge" });

    private static ILocator Found(ILocator picker) => picker.GetByRole(AriaRole.List, new() { Name = "Guests to choose from" }).GetByRole(AriaRole.Listitem);

    private async Task<int> BookingsOfAsync(int guestId)
    {
        await using var db = app.CreateContext();
        return await db.Bookings.CountAsync(b => b.GuestId == guestId);
    }

    private async Task<(int Keep, int Duplicate)> SeedAsync()
    {
        var (keep, duplicate) = await SeedAsync("Xaver", "Zusammen", "Xaver", "Zusammen", "RES-2027-095");
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE guests SET email = 'XAVER@zusammen.example', phone = '+49 89 1' WHERE id = {duplicate}");
        return (keep, duplicate);
    }

    /// <summary>The guest kept with one booking and the other guest with two; their e-mails from their names.</summary>
    private async Task<(int Keep, int Other)> SeedAsync(string keepFirst, string keepLast, string otherFirst, string otherLast, string numbers)
    {
        await using var db = app.CreateContext();
        var room = new Room { Number = numbers[^2..], Name = "", BaseRate = 80, MaxAdults = 2 };
        var keep = new Guest { FirstName = keepFirst, LastName = keepLast, Email = $"{keepFirst.ToLowerInvariant()}@{keepLast.ToLowerInvariant()}.example" };
        var other = new Guest { FirstName = otherFirst, LastName = otherLast, Email = $"{otherFirst.ToLowerInvariant()}@{otherLast.ToLowerInvariant()}.example" };
        db.AddRange(room, keep, other);
        for (var i = 0; i < 3; i++)
            db.Bookings.Add(new Booking
            {
                ReservationNumber = $"{numbers}{i + 1}", Room = room, Guest = i == 0 ? keep : other, CheckIn = Day.AddDays(3 * i),
                CheckOut = Day.AddDays(3 * i + 2), Status = BookingStatus.Confirmed, RatePerNight = 80, Adults = 1,
            });
        await db.SaveChangesAsync();
        return (keep.Id, other.Id);
    }
}
