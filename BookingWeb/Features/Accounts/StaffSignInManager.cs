using System.Security.Claims;
using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Accounts;

/// <summary>
/// Identity's sign-in, refusing deactivated accounts both at sign-in and when a cookie is revalidated. Until the
/// password is right every account answers alike and as slowly, known or not, locked, deactivated or not, so that
/// guessing tells nobody which e-mail addresses have accounts or what state they are in.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    ILogger<StaffSignInManager> signInLog)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash of no one's password, verified for an unknown e-mail so that it costs what a known one costs.</summary>
    private static string? _dummyHash;

    public override async Task<bool> CanSignInAsync(StaffUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<StaffUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsActive: true } user ? user : null;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is not { } user)
        {
            var nobody = new StaffUser();
            _dummyHash ??= UserManager.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
            UserManager.PasswordHasher.VerifyHashedPassword(nobody, _dummyHash, password);
            // Not the typed e-mail: an unknown one is often a password typed into the wrong field, or someone's
            // private address; the log would keep it in clear for anyone who reads logs.
            signInLog.LogWarning("Failed sign-in to an unknown account from {ClientAddress}", SignInRateLimit.ClientAddress(Context));
            return SignInResult.Failed;
        }
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (!result.Succeeded)
            signInLog.LogWarning("Failed sign-in of account {AccountId} from {ClientAddress} (locked: {LockedOut}, deactivated: {NotAllowed})",
                user.Id, SignInRateLimit.ClientAddress(Context), result.IsLockedOut, result.IsNotAllowed);
        return result;
    }

    /// <summary>The password first; only a right one learns that the account is locked or deactivated.</summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(StaffUser user, string password, bool lockoutOnFailure)
    {
        var lockedOut = UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user);
        if (!lockedOut && await CanSignInAsync(user))
        {
            // Identity answers "locked out" to the wrong password that locks the account: still a wrong password.
            var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
            return result.IsLockedOut ? SignInResult.Failed : result;
        }
        if (!await UserManager.CheckPasswordAsync(user, password)) return SignInResult.Failed;
        return lockedOut ? SignInResult.LockedOut : SignInResult.NotAllowed;
    }
}
