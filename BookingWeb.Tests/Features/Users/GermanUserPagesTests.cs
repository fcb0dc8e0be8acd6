using BookingWeb.Tests.Features.Accounts;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Users;

/// <summary>An admin of a German hotel manages accounts in German: the editor, Identity's refusals, the question before leaving, the list.</summary>
public class GermanUserPagesTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    [Fact]
    public async Task A_user_is_created_in_German_with_Identitys_refusal_in_German_and_listed_with_German_role_and_status()
    {
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, "/users/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neuer Benutzer" })).ToBeVisibleAsync();
        await page.GetByLabel("Name").FillAsync("Rita Rezeption");
        await page.GetByLabel("E-Mail (zum Anmelden)").FillAsync("rita@test.hotel");
        await page.GetByLabel("Erstes Passwort").FillAsync("kurz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(page.GetByLabel("Erstes Passwort")).ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("^Passwörter müssen mindestens 10 Zeichen lang sein\\."));

        await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zu den Benutzern" }).First.ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("Sie haben Änderungen, die noch nicht gespeichert sind.");
        await question.GetByRole(AriaRole.Button, new() { Name = "Hier bleiben" }).ClickAsync();

        await page.GetByLabel("Erstes Passwort").FillAsync("Rita-Pass-2026");
        await page.GetByLabel("Erstes Passwort").PressAsync("Tab");
        // The refusal goes once the text changes; its line going moves Save, so click only after that.
        await Expect(page.GetByLabel("Erstes Passwort")).Not.ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("^Passwörter müssen"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rita Rezeption" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Benutzer gespeichert: Rita Rezeption")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Neues Passwort setzen" })).ToBeVisibleAsync();

        await AppFixture.OpenAsync(page, "/users");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Rita Rezeption" }) });
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Mitarbeiter"); // the role column
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("Aktiv");
        var admin = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = TestAccounts.Admin.DisplayName, Exact = true }) });
        await Expect(admin.Locator("td").Nth(2)).ToHaveTextAsync("Administrator");
    }
}
