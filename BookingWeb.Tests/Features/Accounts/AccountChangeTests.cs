using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.Extensions.DependencyInjection;
using BookingWeb.Collaboration.Live;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>
/// Open pages learn that their user was deactivated or signed out elsewhere from the users table's notification, not
/// by polling: the app here rechecks on a timer only every 30 s (production's setting), and the pages below sign out
/// well within the 15 s the browser waits.
/// </summary>
public class AccountChangeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Ending_someones_sessions_from_outside_BookingWeb_signs_their_open_page_out_at_once()
    {
        var account = new TestAccount("scripted@test.hotel", "Scripted-Pass-2026", "Sid Scripted");
        var id = await app.CreateAccountAsync(account, StaffRoles.Staff);
        var page = await app.NewPageAsync(account);
        await AppFixture.OpenAsync(page, "/bookings");

        // What an operator's script would do to end every session of a lost laptop's owner.
        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET security_stamp = 'ended-by-a-script' WHERE id = '{id}'");

        await page.WaitForURLAsync(url => url.Contains("/account/signin"));
    }

    [Fact]
    public async Task Only_a_change_of_the_active_flag_the_security_stamp_or_the_name_announces_an_account_change()
    {
        var account = new TestAccount("announced@test.hotel", "Announced-Pass-2026", "Ann Announced");
        var id = await app.CreateAccountAsync(account, StaffRoles.Staff);
        await using var probe = await NotificationProbe.ListenAsync(app.ConnectionString);

        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET access_failed_count = 3 WHERE id = '{id}'");
        Assert.Empty(await probe.ReceiveAllAsync());

        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET is_active = false WHERE id = '{id}'");
        var announced = await probe.ReceiveOneAsync();
        Assert.Equal("users", announced.GetProperty("table").GetString());
        Assert.Equal("UPDATE", announced.GetProperty("op").GetString());

        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET display_name = 'Ann A.' WHERE id = '{id}'");
        Assert.Equal("UPDATE", (await probe.ReceiveOneAsync()).GetProperty("op").GetString());
    }

    [Fact]
    public async Task Toasts_name_a_new_colleague_at_once_and_a_renamed_one_by_the_new_name()
    {
        var accounts = app.Services.GetRequiredService<StaffAccountWatch>();
        var id = await app.CreateAccountAsync(new TestAccount("renamed@test.hotel", "Renamed-Pass-2026", "Rita Renamed"), StaffRoles.Staff);
        Assert.Equal("Rita Renamed", (await accounts.NamesAsync([id])).NameOf(id));

        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET display_name = 'Rita Reception' WHERE id = '{id}'");

        await Eventually.TrueAsync(async () => (await accounts.NamesAsync([id])).NameOf(id) == "Rita Reception",
            "the instance's names followed the rename");
        Assert.Equal(StaffNames.Outsider, (await accounts.NamesAsync([null])).NameOf(null));
    }
}
