using System.Text.RegularExpressions;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static BookingWeb.Tests.Features.Calendar.TapeChartPage;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>
/// A drop that races someone else's change, as it happens at a desk: Ben picks a stay up, Anna moves the same stay in
/// her browser and Ben's chart follows while he still holds it, then Ben lets go. Like any save, it merges or asks.
/// </summary>
public class TapeChartRaceTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;

    [Fact]
    public async Task Bens_drop_to_later_nights_keeps_the_room_Anna_moved_the_stay_to_meanwhile_and_says_so()
    {
        var stay = await BookAsync(app, "RES-2027-0951", "RA1", "Raced", Today.AddDays(1), 2);
        await RoomAsync(app, "RA2");
        var anna = await OpenAsync(app, TestAccounts.Admin);
        var ben = await OpenAsync(app, TestAccounts.Staff);

        var held = await PickUpAsync(ben, Bar(ben, "RA1", "Raced"));
        await DragAsync(anna, Bar(anna, "RA1", "Raced"), days: 0, toRow: Row(anna, "RA2"));
        await Expect(Bar(ben, "RA2", "Raced")).ToBeVisibleAsync();
        await held.DropAsync(days: 3); // where he aimed on the chart he picked it up from: room RA1, three nights later

        await Expect(ben.GetByText(new Regex(
            "RES-2027-0951 moved to room RA2, .* Kept Administrator's new room; saved your check-in date and check-out date."))).ToBeVisibleAsync();
        await Expect(ben.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        foreach (var page in new[] { ben, anna })
            await Expect(Bar(page, "RA2", "Raced")).ToHaveAttributeAsync("data-in", Today.AddDays(4).DayNumber.ToString());
        await Expect(Bar(ben, "RA1", "Raced")).ToHaveCountAsync(0);
        await Expect(ben.Locator("[data-drag-ghost]")).ToBeHiddenAsync();
        await using var db = app.CreateContext();
        var saved = await db.Bookings.AsNoTracking().Include(b => b.Room).SingleAsync(b => b.Id == stay);
        Assert.Equal(("RA2", Today.AddDays(4), Today.AddDays(6)), (saved.Room!.Number, saved.CheckIn, saved.CheckOut));
    }

    [Fact]
    public async Task Bens_drop_onto_other_nights_than_Anna_just_gave_the_stay_opens_the_merge_dialog_and_his_choice_is_saved()
    {
        var stay = await BookAsync(app, "RES-2027-0952", "RB1", "Clashed", Today.AddDays(1), 2);
        var anna = await OpenAsync(app, TestAccounts.Admin);
        var ben = await OpenAsync(app, TestAccounts.Staff);

        var held = await PickUpAsync(ben, Bar(ben, "RB1", "Clashed"));
        await DragAsync(anna, Bar(anna, "RB1", "Clashed"), days: 1);
        await Expect(Bar(ben, "RB1", "Clashed")).ToHaveAttributeAsync("data-in", Today.AddDays(2).DayNumber.ToString());
        await held.DropAsync(days: 4);

        var dialog = ben.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Someone else saved this meanwhile");
        var checkIn = dialog.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("check-in", RegexOptions.IgnoreCase) });
        await Expect(checkIn).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep all mine" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(ben.GetByText(new Regex("RES-2027-0952 moved to room RB1"))).ToBeVisibleAsync();
        foreach (var page in new[] { ben, anna })
            await Expect(Bar(page, "RB1", "Clashed")).ToHaveAttributeAsync("data-in", Today.AddDays(5).DayNumber.ToString());
        await using var db = app.CreateContext();
        var saved = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == stay);
        Assert.Equal((Today.AddDays(5), Today.AddDays(7)), (saved.CheckIn, saved.CheckOut));
    }
}
