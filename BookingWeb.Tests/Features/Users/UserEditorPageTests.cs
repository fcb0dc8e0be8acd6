using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Users;

/// <summary>The user editor, as an admin uses it: what was typed is not lost by leaving the page unasked.</summary>
public class UserEditorPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Leaving_a_user_with_unsaved_changes_asks_first_and_nothing_is_asked_once_it_is_saved()
    {
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, "/users/new");
        await page.GetByLabel("Name").FillAsync("Rita Reception");
        await page.GetByLabel("Name").PressAsync("Tab");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to users" }).First.ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("You have changes that are not saved yet. Leave this page and lose them?");
        await question.GetByRole(AriaRole.Button, new() { Name = "Stay here" }).ClickAsync();
        await Expect(question).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Rita Reception");

        await page.GetByLabel("E-mail (signs in with it)").FillAsync("rita@test.hotel");
        await page.GetByLabel("First password").FillAsync("Rita-Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/users/[^n]"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rita Reception" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/users$"));
    }
}
