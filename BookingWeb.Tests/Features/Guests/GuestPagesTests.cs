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
}
