using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Users;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>The own-password form says at each field what is missing or refused, and keeps what was typed.</summary>
public class ChangePasswordPageTests : ComponentTestContext
{
    public ChangePasswordPageTests()
    {
        Services.AddLogging();
        AddAuthorization(); // an anonymous user
        // No signed-in user here: the real service refuses with "sign in again", which is what the refusal test needs.
        Services.AddSingleton<StaffSession>();
        Services.AddSingleton<StaffAccountService>();
    }

    private static IEnumerable<string> Messages(IRenderedComponent<ChangePasswordPage> page) =>
        page.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.Text()).Where(t => t.Length > 0);

    [Fact]
    public void Submitting_nothing_asks_for_the_current_and_the_new_password()
    {
        var page = Render<ChangePasswordPage>();

        page.Button("Change password").Click();

        page.WaitForAssertion(() => Assert.Equal(["Type your current password.", "Type a new password."], Messages(page)));
    }

    [Fact]
    public void Two_different_new_passwords_are_pointed_out_at_the_second_one_and_enter_submits()
    {
        var page = Render<ChangePasswordPage>();
        page.InputLabelled("Current password").Change("Old-Pass-2026");
        page.InputLabelled("New password").Change("New-Pass-2026");
        page.InputLabelled("New password again").Change("New-Pass-2062");

        page.InputLabelled("New password again").KeyDown("Enter");

        page.WaitForAssertion(() => Assert.Equal(["The two new passwords differ."], Messages(page)));
    }

    [Fact]
    public void A_refusal_from_the_service_shows_at_the_field_and_what_was_typed_stays()
    {
        var page = Render<ChangePasswordPage>();
        page.InputLabelled("Current password").Change("Old-Pass-2026");
        page.InputLabelled("New password").Change("New-Pass-2026");
        page.InputLabelled("New password again").Change("New-Pass-2026");

        page.Button("Change password").Click();

        page.WaitForAssertion(() => Assert.Equal(["Sign in again to change your password."], Messages(page)));
        Assert.Equal("New-Pass-2026", page.InputLabelled("New password").GetAttribute("value"));
        Assert.Equal("Old-Pass-2026", page.InputLabelled("Current password").GetAttribute("value"));
    }
}
