using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.History;

/// <summary>The guest and room editors, like the booking editor, keep their History in a tab beside the form.</summary>
public class EditorHistoryTabTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_guest_s_history_tab_tells_in_plain_words_who_created_and_changed_the_guest_and_follows_changes_live()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests/new");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Guest" })).ToBeVisibleAsync();
        await Expect(HistoryTab(page)).ToHaveCountAsync(0);
        await page.GetByLabel("First name").FillAsync("Greta");
        await page.GetByLabel("Last name").FillAsync("Lindqvist");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Greta Lindqvist" })).ToBeVisibleAsync();
        await page.GetByLabel("City").FillAsync("Uppsala");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var staff = TestAccounts.Staff.DisplayName;
        var cityChange = Entry(page, $"{staff} changed City (empty → Uppsala)");
        await Expect(cityChange).ToBeHiddenAsync();

        await HistoryTab(page).ClickAsync();

        await Expect(cityChange).ToBeVisibleAsync();
        await Expect(Entry(page, $"{staff} created the guest")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("First name")).ToBeHiddenAsync();
        var id = int.Parse(new Uri(page.Url).Segments[^1]);
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE guests SET phone = '+46 18 555' WHERE id = {id}");
        await Expect(Entry(page, "someone outside BookingWeb changed Phone (empty → +46 18 555)")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Guest" }).ClickAsync();
        await Expect(page.GetByLabel("City")).ToHaveValueAsync("Uppsala");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Booking history" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_room_s_history_tab_tells_in_plain_words_who_created_and_changed_the_room()
    {
        int id;
        await using (var db = app.CreateContext())
        {
            var room = new Room { Number = "H7", BaseRate = 95, MaxAdults = 2 };
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            id = room.Id;
        }
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, $"/rooms/{id}");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Garden view");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Room H7 · Garden view" })).ToBeVisibleAsync();

        await HistoryTab(page).ClickAsync();

        await Expect(Entry(page, "Administrator changed Name (empty → Garden view)")).ToBeVisibleAsync();
        await Expect(Entry(page, "someone outside BookingWeb created the room")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Room number")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_earlier_value_restored_from_history_lands_in_the_form_unsaved_and_its_save_merges_with_a_change_made_meanwhile()
    {
        int id;
        await using (var db = app.CreateContext())
        {
            var guest = new Guest { FirstName = "Ingrid", LastName = "Berg", City = "Uppsala" };
            db.Guests.Add(guest);
            await db.SaveChangesAsync();
            id = guest.Id;
        }
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE guests SET city = 'Lund' WHERE id = {id}");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{id}");
        await Expect(page.GetByLabel("City")).ToHaveValueAsync("Lund");

        await HistoryTab(page).ClickAsync();
        await Entry(page, "changed City (Uppsala → Lund)").GetByRole(AriaRole.Button, new() { Name = "Restore City: Uppsala" }).ClickAsync();

        await Expect(page.GetByTestId("restored")).ToContainTextAsync("City is back to Uppsala in the form. Nothing is saved yet");
        await Expect(page.GetByLabel("City")).ToHaveValueAsync("Uppsala");
        Assert.Equal("Lund", await Sql.ScalarAsync<string>(app.ConnectionString, $"SELECT city FROM guests WHERE id = {id}"));
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE guests SET phone = '+46 8 123' WHERE id = {id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByText("merged", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("restored")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Phone")).ToHaveValueAsync("+46 8 123");
        Assert.Equal("Uppsala", await Sql.ScalarAsync<string>(app.ConnectionString, $"SELECT city FROM guests WHERE id = {id}"));
        await HistoryTab(page).ClickAsync();
        await Expect(Entry(page, $"{TestAccounts.Staff.DisplayName} changed City (Lund → Uppsala)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_room_s_earlier_name_restored_from_history_is_an_unsaved_change_until_saved_and_then_a_change_by_the_person()
    {
        int id;
        await using (var db = app.CreateContext())
        {
            var room = new Room { Number = "H8", Name = "Garden", BaseRate = 95, MaxAdults = 2 };
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            id = room.Id;
        }
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE rooms SET name = 'Sea view' WHERE id = {id}");
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, $"/rooms/{id}");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Sea view");

        await HistoryTab(page).ClickAsync();
        await Entry(page, "changed Name (Garden → Sea view)").GetByRole(AriaRole.Button, new() { Name = "Restore Name: Garden" }).ClickAsync();

        await Expect(page.GetByTestId("restored")).ToContainTextAsync("Nothing is saved yet");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Garden");
        Assert.Equal("Sea view", await Sql.ScalarAsync<string>(app.ConnectionString, $"SELECT name FROM rooms WHERE id = {id}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Room H8 · Garden" })).ToBeVisibleAsync();
        Assert.Equal("Garden", await Sql.ScalarAsync<string>(app.ConnectionString, $"SELECT name FROM rooms WHERE id = {id}"));
        await HistoryTab(page).ClickAsync();
        await Expect(Entry(page, "Administrator changed Name (Sea view → Garden)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_booking_s_earlier_notes_restored_from_history_are_an_unsaved_change_until_saved_and_then_a_change_by_the_person()
    {
        int id;
        await using (var db = app.CreateContext())
        {
            var booking = new Booking
            {
                ReservationNumber = "RES-2027-0981", Room = new Room { Number = "H9", BaseRate = 80, MaxAdults = 2 },
                Guest = new Guest { FirstName = "Ida", LastName = "Zurück" }, CheckIn = TestHotel.Today.AddDays(70),
                CheckOut = TestHotel.Today.AddDays(72), Status = BookingStatus.Confirmed, RatePerNight = 80, Adults = 1, Notes = "Taxi at 8",
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            id = booking.Id;
        }
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE bookings SET notes = 'Taxi at 9' WHERE id = {id}");
        var page = await app.NewPageAsync();
        await BookingWeb.Tests.Features.Bookings.EditorPage.OpenAsync(page, id);
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Taxi at 9");

        await HistoryTab(page).ClickAsync();
        await Entry(page, "someone outside BookingWeb changed Notes").GetByRole(AriaRole.Button, new() { Name = "Restore Notes: Taxi at 8" }).ClickAsync();

        await Expect(page.GetByTestId("restored")).ToContainTextAsync("Nothing is saved yet");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Taxi at 8");
        Assert.Equal("Taxi at 9", await Sql.ScalarAsync<string>(app.ConnectionString, $"SELECT notes FROM bookings WHERE id = {id}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.GetByText("Booking saved")).ToBeVisibleAsync();
        Assert.Equal("Taxi at 8", await Sql.ScalarAsync<string>(app.ConnectionString, $"SELECT notes FROM bookings WHERE id = {id}"));
        await HistoryTab(page).ClickAsync();
        // A booking's notes are named, not quoted, in History; the restore button of the person's change offers the one before.
        await Expect(Entry(page, $"{TestAccounts.Staff.DisplayName} changed Notes").GetByRole(AriaRole.Button, new() { Name = "Restore Notes: Taxi at 9" })).ToBeVisibleAsync();
    }

    private static ILocator HistoryTab(IPage page) => page.GetByRole(AriaRole.Tab, new() { Name = "History" });

    private static ILocator Entry(IPage page, string text) => page.Locator("[data-history-entry]").Filter(new() { HasText = text });
}
