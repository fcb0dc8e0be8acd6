using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Guests;

public class GuestPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_guest_created_in_the_editor_can_be_found_in_the_guest_list()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests/new");
        await page.GetByLabel("First name").FillAsync("Henrike");
        await page.GetByLabel("Last name").FillAsync("Sommerfeld");
        await page.GetByLabel("E-mail").FillAsync("henrike@sommerfeld.example");
        await page.GetByLabel("E-mail").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Henrike Sommerfeld" })).ToBeVisibleAsync();

        await AppFixture.OpenAsync(page, "/guests");
        await page.GetByLabel("Search guests").FillAsync("sommerf");
        await page.GetByLabel("Search guests").PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sommerfeld, Henrike" })).ToBeVisibleAsync();
        await page.GetByLabel("Search guests").FillAsync("nobody-like-this");
        await page.GetByLabel("Search guests").PressAsync("Enter");
        await Expect(page.GetByText("No guests match 'nobody-like-this'.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_missing_first_name_is_shown_beside_the_field_and_other_input_is_kept()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests/new");
        await page.GetByLabel("Last name").FillAsync("Ohnevorname");
        await page.GetByLabel("City").FillAsync("Leipzig");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByLabel("First name")).ToHaveAccessibleDescriptionAsync("First name is required.");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Ohnevorname");
        await Expect(page.GetByLabel("City")).ToHaveValueAsync("Leipzig");
    }

    [Fact]
    public async Task Deleting_a_guest_asks_first_keep_leaves_them_and_delete_removes_them()
    {
        int id;
        await using (var db = app.CreateContext())
        {
            var guest = new BookingWeb.Platform.Data.Guest { FirstName = "Dora", LastName = "Delete" };
            db.Guests.Add(guest);
            await db.SaveChangesAsync();
            id = guest.Id;
        }
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("Delete Dora Delete? This cannot be undone.");
        await question.GetByRole(AriaRole.Button, new() { Name = "Keep guest" }).ClickAsync();
        await Expect(question).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dora Delete" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Guest deleted: Dora Delete")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/guests$"));
        await using var check = app.CreateContext();
        Assert.False(await check.Guests.AnyAsync(g => g.Id == id));
    }
}
