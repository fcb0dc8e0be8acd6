using System.Text.RegularExpressions;
using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static BookingWeb.Tests.Features.Calendar.TapeChartPage;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>The tape chart as the desk uses it: drag, resize, undo, book empty nights, move with the keyboard; two people at once.</summary>
public class TapeChartPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;

    [Fact]
    public async Task Anna_drags_a_stay_to_another_room_two_days_later_while_Ben_watches_it_move_and_undo_puts_it_back()
    {
        var stay = await BookAsync("RES-2027-0901", "TA1", "Dragged", Today.AddDays(1), 2);
        await RoomAsync("TA2");
        var ben = await OpenChartAsync(TestAccounts.Staff);
        var anna = await OpenChartAsync(TestAccounts.Admin);
        await Expect(Bar(ben, "TA1", "Dragged")).ToBeVisibleAsync();

        await DragAsync(anna, Bar(anna, "TA1", "Dragged"), days: 2, toRow: Row(anna, "TA2"));

        await Expect(anna.GetByText($"RES-2027-0901 moved to room TA2")).ToBeVisibleAsync();
        await Expect(Bar(ben, "TA2", "Dragged")).ToBeVisibleAsync();
        await Expect(Bar(ben, "TA1", "Dragged")).ToHaveCountAsync(0);
        await Expect(Bar(ben, "TA2", "Dragged")).ToHaveAttributeAsync("data-in", Today.AddDays(3).DayNumber.ToString());
        await using (var db = app.CreateContext())
        {
            var moved = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, stay, 5)).First();
            Assert.Equal(Today.AddDays(3).ToString("yyyy-MM-dd"), moved.NewText("check_in"));
        }

        await anna.GetByRole(AriaRole.Button, new() { Name = "Undo move of RES-2027-0901" }).ClickAsync();

        await Expect(anna.GetByText("Undone: RES-2027-0901 is back in room TA1")).ToBeVisibleAsync();
        await Expect(Bar(ben, "TA1", "Dragged")).ToHaveAttributeAsync("data-in", Today.AddDays(1).DayNumber.ToString());
        await Expect(anna.GetByRole(AriaRole.Button, new() { Name = "Undo move of RES-2027-0901" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Bens_drop_onto_the_stay_Anna_just_moved_there_is_refused_with_the_overlap_sentence_and_his_stay_snaps_back()
    {
        await BookAsync("RES-2027-0902", "TB1", "Annas", Today.AddDays(1), 2);
        var bens = await BookAsync("RES-2027-0903", "TB2", "Bens", Today.AddDays(4), 2);
        var anna = await OpenChartAsync(TestAccounts.Admin);
        var ben = await OpenChartAsync(TestAccounts.Staff);

        await DragAsync(anna, Bar(anna, "TB1", "Annas"), days: 0, toRow: Row(anna, "TB2"));
        await Expect(Bar(ben, "TB2", "Annas")).ToBeVisibleAsync();

        await DragAsync(ben, Bar(ben, "TB2", "Bens"), days: -3);

        await Expect(ben.GetByText(new Regex("Room TB2 is already booked .*RES-2027-0902"))).ToBeVisibleAsync();
        await Expect(Bar(ben, "TB2", "Bens")).ToHaveAttributeAsync("data-in", Today.AddDays(4).DayNumber.ToString());
        await Expect(ben.Locator("[data-drag-ghost]")).ToBeHiddenAsync();
        await using var db = app.CreateContext();
        Assert.Equal(Today.AddDays(4), (await db.Bookings.FindAsync(bens))!.CheckIn);
    }

    [Fact]
    public async Task Dragging_a_stays_end_over_the_next_stay_shows_it_does_not_fit_and_short_of_it_makes_the_stay_longer()
    {
        var stay = await BookAsync("RES-2027-0904", "TC1", "Longer", Today.AddDays(1), 1);
        await BookAsync("RES-2027-0905", "TC1", "Next", Today.AddDays(5), 2);
        var page = await OpenChartAsync(TestAccounts.Staff);
        var end = Bar(page, "TC1", "Longer").Locator(".handle.end");
        await end.ScrollIntoViewIfNeededAsync();
        var box = (await end.BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);

        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 10, y, new() { Steps = 2 });
        await page.Mouse.MoveAsync(x + 5 * DayWidth, y, new() { Steps = 5 });
        await Expect(page.Locator("[data-drag-ghost]")).ToHaveAttributeAsync("data-fits", "false");
        await page.Mouse.MoveAsync(x + 2 * DayWidth, y, new() { Steps = 5 });
        await Expect(page.Locator("[data-drag-ghost]")).ToHaveAttributeAsync("data-fits", "true");
        await page.Mouse.UpAsync();

        await Expect(Bar(page, "TC1", "Longer")).ToHaveAttributeAsync("data-out", Today.AddDays(4).DayNumber.ToString());
        await using var db = app.CreateContext();
        Assert.Equal(Today.AddDays(4), (await db.Bookings.FindAsync(stay))!.CheckOut);
    }

    [Fact]
    public async Task Dragging_across_empty_nights_opens_a_new_booking_for_that_room_and_those_nights()
    {
        var roomId = await RoomAsync("TD1");
        var page = await OpenChartAsync(TestAccounts.Staff);
        var lane = Row(page, "TD1").Locator(".lane");
        await lane.ScrollIntoViewIfNeededAsync();
        var box = (await lane.BoundingBoxAsync())!;
        var firstNight = Today.DayNumber - CalendarStart.DayNumber + 1;
        var (x, y) = (box.X + firstNight * DayWidth + DayWidth / 2, box.Y + box.Height / 2);

        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 2 * DayWidth, y, new() { Steps = 4 });
        await page.Mouse.UpAsync();

        await Expect(page).ToHaveURLAsync(new Regex(
            $"/bookings/new\\?room={roomId}&checkIn={Today.AddDays(1):yyyy-MM-dd}&checkOut={Today.AddDays(4):yyyy-MM-dd}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New booking");
        await Expect(page.Locator("#room-picker")).ToHaveValueAsync(new Regex("TD1"));
        await Expect(page.GetByLabel("Check-in")).ToHaveValueAsync(Today.AddDays(1).ToString("yyyy-MM-dd"));
        await Expect(page.GetByLabel("Check-out")).ToHaveValueAsync(Today.AddDays(4).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task With_the_keyboard_a_selected_stay_is_moved_in_a_dialog_to_another_room()
    {
        var stay = await BookAsync("RES-2027-0906", "TE1", "Keyboard", Today.AddDays(2), 2);
        await RoomAsync("TE2");
        var page = await OpenChartAsync(TestAccounts.Staff);

        await Bar(page, "TE1", "Keyboard").FocusAsync();
        await page.Keyboard.PressAsync("m");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Move RES-2027-0906" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByLabel("Room").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Room TE2", Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Bar(page, "TE2", "Keyboard")).ToBeVisibleAsync();
        await using var db = app.CreateContext();
        Assert.Equal("TE2", (await db.Rooms.FindAsync((await db.Bookings.FindAsync(stay))!.RoomId))!.Number);
    }

    [Fact]
    public async Task Thirty_days_a_day_at_a_time_with_each_nights_free_rooms_in_the_header()
    {
        await BookAsync("RES-2027-0907", "TF1", "Month", Today.AddDays(20), 3);
        var page = await OpenChartAsync(TestAccounts.Staff);
        await Expect(Bar(page, "TF1", "Month")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "30 days" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "30 days" })).ToBeCheckedAsync();

        await Expect(page.Locator(".day-head")).ToHaveCountAsync(30);
        await Expect(Bar(page, "TF1", "Month")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-calendar-range]")).ToContainTextAsync(CalendarStart.AddDays(29).ToString("ddd d MMM yyyy"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Day ahead" }).ClickAsync();
        await Expect(page.Locator("[data-calendar-range]")).ToContainTextAsync(CalendarStart.AddDays(1).ToString("ddd d MMM yyyy") + " –");
        await Expect(page.Locator(".day-head").First).ToHaveAttributeAsync("title", new Regex(@"^Free rooms: \d+ · occupied: \d+ %$"));
    }

    private static DateOnly CalendarStart => Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));

    private Task<IPage> OpenChartAsync(TestAccount account) => TapeChartPage.OpenAsync(app, account);

    private Task<int> RoomAsync(string number) => TapeChartPage.RoomAsync(app, number);

    private Task<int> BookAsync(string number, string roomNumber, string lastName, DateOnly checkIn, int nights) =>
        TapeChartPage.BookAsync(app, number, roomNumber, lastName, checkIn, nights);
}
