using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Users;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Features.Users;

/// <summary>
/// However saves interleave, BookingWeb keeps one active administrator: the database refuses the change that would
/// take away the last one, and the person whose save was refused reads why.
/// </summary>
public class LastAdministratorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Refusal = "BookingWeb needs at least one active administrator";

    [Fact]
    public async Task Two_admins_taking_each_others_admin_role_or_account_at_the_same_moment_leave_one_active_administrator()
    {
        var alex = await app.CreateAccountAsync(new TestAccount("alex@test.hotel", "Alex-Pass-2026", "Alex Admin"), StaffRoles.Admin);
        var bea = await app.CreateAccountAsync(new TestAccount("bea@test.hotel", "Bea-Pass-2026", "Bea Admin"), StaffRoles.Admin);
        await ExecuteAsync("UPDATE users SET is_active = false WHERE email = @p0", TestAccounts.Admin.Email); // only Alex and Bea administer

        for (var round = 0; round < 24; round++)
        {
            await RestoreAdminsAsync(alex, bea);
            var deactivate = round % 2 == 1;
            using var barrier = new Barrier(2);
            var results = await Task.WhenAll(
                Task.Run(() => TakeAwayAsync(by: alex, target: bea, deactivate, barrier)),
                Task.Run(() => TakeAwayAsync(by: bea, target: alex, deactivate, barrier)));

            Assert.True(await ActiveAdminCountAsync() >= 1, $"Round {round}: no active administrator is left.");
            Assert.Single(results, r => r is SaveResult.Saved);
            var refused = Assert.IsType<SaveResult.Invalid>(Assert.Single(results, r => r is not SaveResult.Saved));
            Assert.Contains(Refusal, refused.Message);
        }
    }

    [Fact]
    public async Task The_database_refuses_taking_away_the_last_active_administrator_whoever_asks()
    {
        var demoted = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "DELETE FROM user_roles WHERE role_id = (SELECT id FROM roles WHERE name = @p0)", StaffRoles.Admin));
        Assert.Contains(Refusal, demoted.MessageText);
        var deactivated = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "UPDATE users SET is_active = false WHERE id IN (SELECT user_id FROM user_roles JOIN roles ON roles.id = role_id WHERE name = @p0)",
            StaffRoles.Admin));
        Assert.Contains(Refusal, deactivated.MessageText);
        Assert.True(await ActiveAdminCountAsync() >= 1);

        // A staff member's account is not an administrator's: changing it is never refused.
        await ExecuteAsync("UPDATE users SET is_active = NOT is_active WHERE email = @p0", TestAccounts.Staff.Email);
        await ExecuteAsync("UPDATE users SET is_active = true WHERE email = @p0", TestAccounts.Staff.Email);
    }

    private async Task<SaveResult> TakeAwayAsync(string by, string target, bool deactivate, Barrier barrier)
    {
        await using var scope = app.ScopeSignedInAs(new TestUser(by, "Admin " + by, StaffRoles.Admin));
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
        var draft = await accounts.LoadAsync(target) ?? throw new InvalidOperationException("The account is missing.");
        if (deactivate) draft.IsActive = false;
        else draft.Role = StaffRoles.Staff;
        barrier.SignalAndWait(TimeSpan.FromSeconds(30));
        return await accounts.SaveAsync(draft);
    }

    private async Task RestoreAdminsAsync(params string[] ids)
    {
        foreach (var id in ids)
        {
            await ExecuteAsync("UPDATE users SET is_active = true WHERE id = @p0 AND NOT is_active", id);
            await ExecuteAsync("""
                INSERT INTO user_roles (user_id, role_id) SELECT @p0, id FROM roles WHERE normalized_name = 'ADMIN'
                ON CONFLICT DO NOTHING
                """, id);
            await ExecuteAsync("DELETE FROM user_roles WHERE user_id = @p0 AND role_id IN (SELECT id FROM roles WHERE normalized_name <> 'ADMIN')", id);
        }
    }

    private async Task<int> ActiveAdminCountAsync()
    {
        await using var db = app.CreateContext();
        return await db.Users.CountAsync(u => u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Admin)));
    }

    private async Task ExecuteAsync(string sql, string parameter)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p0", parameter);
        await command.ExecuteNonQueryAsync();
    }
}
