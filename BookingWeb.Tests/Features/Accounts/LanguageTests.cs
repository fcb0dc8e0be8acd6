using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>Each person reads BookingWeb in their own language, chosen in the user menu; the sign-in page follows the browser.</summary>
public class LanguageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation);

    [Fact]
    public async Task Choosing_Deutsch_shows_the_page_in_German_and_the_persons_page_on_another_computer_follows_at_once()
    {
        var lena = new TestAccount("lena@test.hotel", "Lena-Pass-2026", "Lena Lang");
        await app.CreateAccountAsync(lena, StaffRoles.Staff);
        var here = await app.NewPageAsync(lena);
        var elsewhere = await app.NewPageAsync(lena); // its own cookies: another computer
        await AppFixture.OpenAsync(here, "/guests");
        await AppFixture.OpenAsync(elsewhere, "/bookings");
        await Expect(Menu(elsewhere).GetByRole(AriaRole.Link, new() { Name = "Guests" })).ToBeVisibleAsync();

        await here.GetByRole(AriaRole.Button, new() { Name = "Deutsch" }).ClickAsync();

        await Expect(Menu(here).GetByRole(AriaRole.Link, new() { Name = "Gäste" })).ToBeVisibleAsync();
        await Expect(here.Locator("html")).ToHaveAttributeAsync("lang", "de");
        Assert.EndsWith("/guests", here.Url);
        await Expect(Menu(elsewhere).GetByRole(AriaRole.Link, new() { Name = "Buchungen" })).ToBeVisibleAsync();
        await Expect(elsewhere.GetByRole(AriaRole.Button, new() { Name = "Abmelden" })).ToBeVisibleAsync();

        await here.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(Menu(here).GetByRole(AriaRole.Link, new() { Name = "Guests" })).ToBeVisibleAsync();
        await Expect(Menu(elsewhere).GetByRole(AriaRole.Link, new() { Name = "Bookings" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("de-DE", "de", "Anmelden", "Passwort")]
    [InlineData("en-GB", "en", "Sign in", "Password")]
    [InlineData("fr-FR", "en", "Sign in", "Password")] // a language BookingWeb does not speak: the hotel's default
    public async Task The_sign_in_page_speaks_the_browsers_language(string locale, string lang, string heading, string passwordLabel)
    {
        var page = await app.NewSignedOutPageAsync(locale);

        await page.GotoAsync("/account/signin");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(page.GetByLabel(passwordLabel)).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }

    [Fact]
    public async Task A_language_switch_without_the_pages_form_token_is_refused()
    {
        var page = await app.NewPageAsync();
        var response = await page.APIRequest.PostAsync("/account/language", new() { Form = page.APIRequest.CreateFormData().Set("language", "de") });
        Assert.Equal(400, response.Status);
    }
}

public class HotelLanguageTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    [Fact]
    public async Task Staff_who_have_not_chosen_a_language_read_the_hotels()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/");

        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Übersicht" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToBeVisibleAsync();
    }
}
