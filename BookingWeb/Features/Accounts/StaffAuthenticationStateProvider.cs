using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.Live;

namespace BookingWeb.Features.Accounts;

/// <summary>
/// Who is signed in to a circuit, signed out as soon as their account is deactivated, their password reset or their
/// sessions ended elsewhere (each changes the security stamp). <see cref="StaffAccountWatch"/> tells every watching
/// circuit when accounts changed and each compares in memory, so an idle circuit costs the database nothing.
/// </summary>
internal sealed class StaffAuthenticationStateProvider : ServerAuthenticationStateProvider, IDisposable
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    private readonly StaffAccountWatch _accounts;
    private readonly ClaimsIdentityOptions _claims;
    private readonly Lock _gate = new();
    private IDisposable? _watching;
    private long _generation;
    private bool _disposed;

    public StaffAuthenticationStateProvider(StaffAccountWatch accounts, IOptions<IdentityOptions> identityOptions)
    {
        _accounts = accounts;
        _claims = identityOptions.Value.ClaimsIdentity;
        AuthenticationStateChanged += state => _ = FollowAsync(state);
    }

    private async Task FollowAsync(Task<AuthenticationState> stateTask)
    {
        var generation = Interlocked.Increment(ref _generation);
        var user = (await stateTask).User;
        var userId = user.FindFirstValue(_claims.UserIdClaimType);
        var stamp = user.FindFirstValue(_claims.SecurityStampClaimType);
        lock (_gate)
        {
            if (generation != Volatile.Read(ref _generation) || _disposed) return;
            _watching?.Dispose();
            _watching = null;
            // Signed out, or a principal made in-process (tests) rather than by a sign-in: no stamp to hold it to.
            if (userId is null || stamp is null) return;
            _watching = _accounts.Watch(() => Recheck(generation, userId, stamp));
        }
        // The account may have changed since the request that opened this circuit checked it. Or the accounts held
        // here may be older than that check (a password just changed): only a fresh load may sign anyone out.
        if (!_accounts.IsStillValid(userId, stamp)) _accounts.RequestReload();
    }

    private void Recheck(long generation, string userId, string stamp)
    {
        if (_accounts.IsStillValid(userId, stamp)) return;
        lock (_gate)
        {
            if (generation != Volatile.Read(ref _generation) || _disposed) return;
            Interlocked.Increment(ref _generation);
            _watching?.Dispose();
            _watching = null;
        }
        SetAuthenticationState(Task.FromResult(SignedOut));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _watching?.Dispose();
            _watching = null;
        }
    }
}
