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

    private static ILocator HistoryTab(IPage page) => page.GetByRole(AriaRole.Tab, new() { Name = "History" });

    private static ILocator Entry(IPage page, string text) => page.Locator("[data-history-entry]").Filter(new() { HasText = text });
}
