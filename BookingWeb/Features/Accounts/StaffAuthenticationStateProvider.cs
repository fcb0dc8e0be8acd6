using System.Security.Claims;
using BookingWeb.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BookingWeb.Features.Accounts;

/// <summary>
/// An open circuit rechecks its user every <see cref="AccountsOptions.RevalidationIntervalSeconds"/>: a deactivated
/// account, a reset password or a sign-out elsewhere changes the security stamp and the circuit drops to signed out.
/// </summary>
internal sealed class StaffRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<AccountsOptions> accountsOptions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<StaffRevalidatingAuthenticationStateProvider>();

    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(accountsOptions.Value.RevalidationIntervalSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        try
        {
            return await IsStillValidAsync(state);
        }
        catch (ObjectDisposedException)
        {
            // The app is shutting down under a circuit that is still being kept for a reconnect: nothing to check any more.
            return true;
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // A database blip must not sign everybody out: keep the state and check again at the next interval.
            _logger.LogWarning(exception, "Could not recheck a signed-in user; keeping them signed in until the next check");
            return true;
        }
    }

    private async Task<bool> IsStillValidAsync(AuthenticationState state)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.GetUserAsync(state.User);
        if (user is not { IsActive: true }) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stampInCookie = state.User.FindFirstValue(scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        return stampInCookie == await users.GetSecurityStampAsync(user);
    }
}
