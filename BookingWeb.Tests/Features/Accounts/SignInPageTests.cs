using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Users;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Features.Accounts;

public class SignInPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_receptionist_signs_in_sees_their_name_and_signs_out()
    {
        var page = await app.NewPageAsync(signedOut: true);
        await page.GotoAsync("/bookings");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));

        await page.GetByLabel("E-mail").FillAsync(TestAccounts.Staff.Email);
        await page.GetByLabel("Password").FillAsync(TestAccounts.Staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForFunctionAsync("() => document.querySelector('[data-circuit-ready]') !== null");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-signed-in-as]")).ToHaveTextAsync(TestAccounts.Staff.DisplayName);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_staff_member_sees_no_admin_entries_and_is_told_when_typing_their_address()
    {
        var page = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(page, "/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        await Expect(menu.GetByText("Bookings")).ToBeVisibleAsync();
        await Expect(menu.GetByText("Rooms")).ToHaveCountAsync(0);
        await Expect(menu.GetByText("Users")).ToHaveCountAsync(0);

        await page.GotoAsync("/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not authorised" })).ToBeVisibleAsync();
        await Expect(page.GetByText("You are not authorised to open this page")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_sees_rooms_and_users_in_the_menu()
    {
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, "/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        await Expect(menu.GetByText("Rooms")).ToBeVisibleAsync();
        await menu.GetByText("Users").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = TestAccounts.Staff.DisplayName })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Twenty_wrong_passwords_in_a_row_lock_the_account_which_only_the_right_password_learns()
    {
        var account = new TestAccount("locked@test.hotel", "Locked-Pass-2026", "Lou Locked");
        await app.CreateAccountAsync(account, StaffRoles.Staff);
        using var client = HttpSignIn.AnonymousClient(app.BaseUrl);

        for (var attempt = 1; attempt <= SignInRateLimit.FailuresBeforeLockout; attempt++)
        {
            using var failed = await HttpSignIn.PostSignInAsync(client, account.Email, "Wrong-Pass-0000");
            Assert.Contains("The e-mail address or password is not right", await failed.Content.ReadAsStringAsync());
        }
        using var rightPassword = await HttpSignIn.PostSignInAsync(client, account.Email, account.Password);

        Assert.Contains("this account is locked for a few minutes", await rightPassword.Content.ReadAsStringAsync());
        Assert.DoesNotContain(rightPassword.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("BookingWeb.Auth")));
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_at_the_next_request_and_their_open_page_signs_out()
    {
        var account = new TestAccount("leaving@test.hotel", "Leaving-Pass-2026", "Lee Leaving");
        var id = await app.CreateAccountAsync(account, StaffRoles.Staff);
        using var client = await HttpSignIn.ClientAsync(app.BaseUrl, account);
        var page = await app.NewPageAsync(account);
        await AppFixture.OpenAsync(page, "/bookings");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/guests")).StatusCode);

        await using (var scope = app.ScopeSignedInAs(TestUser.Admin))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
            var draft = (await accounts.LoadAsync(id))!;
            draft.IsActive = false;
            Assert.IsType<SaveResult.Saved>(await accounts.SaveAsync(draft));
        }

        using var refused = await client.GetAsync("/guests");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/signin", refused.Headers.Location!.OriginalString);
        await page.WaitForURLAsync(url => url.Contains("/account/signin"));
        using var again = await HttpSignIn.PostSignInAsync(HttpSignIn.AnonymousClient(app.BaseUrl), account.Email, account.Password);
        Assert.Contains("This account has been deactivated", await again.Content.ReadAsStringAsync());
    }
}
