using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BookingWeb.Platform.Identity;

/// <summary>
/// Makes sure the roles exist and someone can sign in: the demo accounts in Development, the first admin from
/// configuration elsewhere. Without either it says exactly what to set; it never invents a password.
/// </summary>
public sealed class AccountsBootstrap(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AccountsOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<AccountsBootstrap> logger)
{
    public async Task RunAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await ThrowIfFailed(roles.CreateAsync(new IdentityRole(role)), $"create the role {role}");
        }

        if (environment.IsDevelopment() && options.Value.SeedDemoAccounts)
            await EnsureDemoAccountsAsync();

        if (await AnyActiveAdminAsync()) return;
        if (options.Value is { BootstrapAdminEmail: { Length: > 0 } email, BootstrapAdminPassword: { Length: > 0 } password })
        {
            var admin = await CreateAsync(email, "Administrator", StaffRoles.Admin, password);
            logger.LogInformation("Created the bootstrap administrator (account {UserId}) from configuration", admin.Id);
            return;
        }
        logger.LogError(
            "No active administrator account exists, so nobody can manage rooms or users. Set {EmailVariable} and {PasswordVariable} " +
            "and restart: BookingWeb then creates that administrator. Remove the password variable once you have signed in.",
            "Accounts__BootstrapAdminEmail", "Accounts__BootstrapAdminPassword");
    }

    private async Task EnsureDemoAccountsAsync()
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is null)
                await CreateAsync(account.Email, account.DisplayName, account.Role, account.Password);
        }
        logger.LogInformation("The demo accounts are ready (Development only): their e-mail addresses and passwords are in the README, under \"Signing in\"");
    }

    /// <summary>The demo accounts that exist, admin first; none outside Development.</summary>
    public async Task<IReadOnlyList<string>> DemoAccountIdsAsync()
    {
        if (!environment.IsDevelopment() || !options.Value.SeedDemoAccounts) return [];
        var ids = new List<string>();
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is { } user) ids.Add(user.Id);
        }
        return ids;
    }

    private async Task<bool> AnyActiveAdminAsync()
    {
        var admins = await users.GetUsersInRoleAsync(StaffRoles.Admin);
        return admins.Any(a => a.IsActive);
    }

    private async Task<StaffUser> CreateAsync(string email, string displayName, string role, string password)
    {
        var user = new StaffUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = clock.GetUtcNow(),
        };
        await ThrowIfFailed(users.CreateAsync(user, password), $"create the account {email}");
        await ThrowIfFailed(users.AddToRoleAsync(user, role), $"give {email} the role {role}");
        return user;
    }

    private static async Task ThrowIfFailed(Task<IdentityResult> operation, string what)
    {
        var result = await operation;
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
