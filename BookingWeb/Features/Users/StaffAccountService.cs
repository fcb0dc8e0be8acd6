using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Features.Users;

/// <summary>
/// User accounts for the Users pages (admins only, enforced here) and the own-password page. Each operation
/// runs in its own scope, so Identity's context never outlives it in a long circuit.
/// </summary>
public sealed class StaffAccountService(IServiceScopeFactory scopes, StaffSession session, TimeProvider clock, ILogger<StaffAccountService> logger)
{
    private static string OnlyAdmins => UserTexts.OnlyAdmins;

    public async Task<IReadOnlyList<StaffAccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!session.Current.IsAdmin) return [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingDbContext>();
        var now = clock.GetUtcNow();
        var admins = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Admin)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffAccountRow(u.Id, u.Email ?? "", u.DisplayName,
                admins.Contains(u.Id) ? StaffRoles.Admin : StaffRoles.Staff, u.IsActive, u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(cancellationToken);
    }

    public async Task<StaffAccountDraft?> LoadAsync(string id)
    {
        if (!session.Current.IsAdmin) return null;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByIdAsync(id) is not { } user) return null;
        return new StaffAccountDraft
        {
            Id = user.Id, Email = user.Email ?? "", DisplayName = user.DisplayName, IsActive = user.IsActive, Version = user.Version,
            Role = await users.IsInRoleAsync(user, StaffRoles.Admin) ? StaffRoles.Admin : StaffRoles.Staff,
        };
    }

    public async Task<SaveResult> SaveAsync(StaffAccountDraft draft)
    {
        if (!session.Current.IsAdmin) return new SaveResult.Invalid(OnlyAdmins);
        var errors = Validate(draft);
        if (errors.Any) return errors.ToResult();

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var editing = new AccountEditing(users, scope.ServiceProvider.GetRequiredService<BookingDbContext>(), session.Current);
        var result = draft.IsNew ? await editing.CreateAsync(draft) : await editing.UpdateAsync(draft);
        if (result is SaveResult.Saved)
            logger.LogInformation("User account {AccountId} saved by {UserId}", draft.Id, session.Current.UserId);
        return result;
    }

    /// <summary>Sets a new password chosen by an admin, unlocks the account and ends the person's open sessions.</summary>
    public async Task<SaveResult> ResetPasswordAsync(string id, string newPassword)
    {
        if (!session.Current.IsAdmin) return new SaveResult.Invalid(OnlyAdmins);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByIdAsync(id) is not { } user) return new SaveResult.NotFound(UserTexts.AccountNoLongerExists);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded) return IdentityErrors.ToResult(reset, nameof(StaffAccountDraft.Password));
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Password of {AccountId} reset by {UserId}", id, session.Current.UserId);
        return new SaveResult.Saved(0);
    }

    public async Task<SaveResult> ChangeOwnPasswordAsync(string currentPassword, string newPassword)
    {
        if (session.Current.UserId is not { } userId) return new SaveResult.Invalid(UserTexts.SignInAgain);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return new SaveResult.NotFound(UserTexts.OwnAccountNoLongerExists);
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? SaveResult.Refuse("CurrentPassword", UserTexts.NotCurrentPassword)
                : IdentityErrors.ToResult(changed, "NewPassword");
        logger.LogInformation("User {UserId} changed their password", userId);
        return new SaveResult.Saved(0);
    }

    private static FieldErrors Validate(StaffAccountDraft draft)
    {
        draft.DisplayName = draft.DisplayName.Trim();
        draft.Email = draft.Email.Trim();
        return StaffAccountRules.Validate(draft);
    }
}
