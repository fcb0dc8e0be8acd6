using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Tests.Collaboration.Activity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>The hosted app rechecking accounts every second while paused, its listener signing in as a role a test can lock out.</summary>
public sealed class PausedAccountChecksApp : AppFixture
{
    public const string ListenerRole = "bookingweb_test_accounts_listener";

    public override async Task InitializeAsync()
    {
        await ListenerRoleAppFixture.EnsureRoleAsync(ListenerRole);
        await base.InitializeAsync();
    }

    protected override IEnumerable<string> ExtraSettings =>
    [
        .. base.ExtraSettings,
        $"--Realtime:ConnectionString={ListenerRoleAppFixture.ConnectionStringAs(ConnectionString, ListenerRole)}",
        "--Accounts:RevalidationIntervalSeconds=1",
    ];
}

public class PausedAccountChecksTests(PausedAccountChecksApp app) : IClassFixture<PausedAccountChecksApp>
{
    [Fact]
    public async Task While_live_updates_are_paused_a_deactivated_users_open_page_still_signs_out()
    {
        var account = new TestAccount("paused@test.hotel", "Paused-Pass-2026", "Pat Paused");
        var id = await app.CreateAccountAsync(account, StaffRoles.Staff);
        var page = await app.NewPageAsync(account);
        await AppFixture.OpenAsync(page, "/bookings");
        await Expect(page.Locator("[data-live-status=Live]")).ToBeVisibleAsync();
        var server = await PostgresServer.GetAsync();
        const string role = PausedAccountChecksApp.ListenerRole;

        await ListenerRoleAppFixture.ExecuteAsync(server, $"ALTER ROLE {role} NOLOGIN");
        try
        {
            await ListenerRoleAppFixture.ExecuteAsync(server,
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}' AND datname = '{app.DatabaseName}'");
            await Expect(page.Locator("[data-live-status=Reconnecting]")).ToBeVisibleAsync();

            // The users table's notification goes nowhere now; the paused instance's own rechecks find the change.
            await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET is_active = false WHERE id = '{id}'");

            await page.WaitForURLAsync(url => url.Contains("/account/signin"));
        }
        finally
        {
            await ListenerRoleAppFixture.ExecuteAsync(server, $"ALTER ROLE {role} LOGIN");
        }
    }
}
