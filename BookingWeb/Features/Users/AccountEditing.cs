using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Features.Users;

/// <summary>One create or update of an account, in one transaction, with the rules that keep someone able to administer.</summary>
internal sealed class AccountEditing(UserManager<StaffUser> users, BookingDbContext db, StaffMember editor)
{
    /// <summary>Raised at commit by the database (migration OneActiveAdministrator), whoever saved first.</summary>
    private const string OneActiveAdministrator = "ck_one_active_administrator";

    private static string LastAdministratorRefused => UserTexts.LastAdministrator;

    public async Task<SaveResult> CreateAsync(StaffAccountDraft draft)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new StaffUser
        {
            UserName = draft.Email, Email = draft.Email, EmailConfirmed = true, DisplayName = draft.DisplayName,
            IsActive = draft.IsActive, CreatedAt = db.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, draft.Password!);
        if (!created.Succeeded) return IdentityErrors.ToResult(created, nameof(draft.Password));
        await users.AddToRoleAsync(user, draft.Role);
        await transaction.CommitAsync();
        (draft.Id, draft.Version, draft.Password) = (user.Id, user.Version, null);
        return new SaveResult.Saved(0);
    }

    public async Task<SaveResult> UpdateAsync(StaffAccountDraft draft)
    {
        if (draft.Id == editor.UserId && (!draft.IsActive || draft.Role != StaffRoles.Admin))
            return new SaveResult.Invalid(UserTexts.NotYourself);

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await users.FindByIdAsync(draft.Id!) is not { } user) return new SaveResult.NotFound(UserTexts.DeletedBySomeoneElse);
        var wasAdmin = await users.IsInRoleAsync(user, StaffRoles.Admin);

        db.Entry(user).Property(u => u.Version).OriginalValue = draft.Version;
        var deactivating = user.IsActive && !draft.IsActive;
        (user.DisplayName, user.IsActive) = (draft.DisplayName, draft.IsActive);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
            return updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? new SaveResult.Invalid(UserTexts.ChangedMeanwhile)
                : IdentityErrors.ToResult(updated, nameof(draft.Password));

        if (wasAdmin != (draft.Role == StaffRoles.Admin))
        {
            await users.RemoveFromRolesAsync(user, StaffRoles.All.Where(r => r != draft.Role));
            await users.AddToRoleAsync(user, draft.Role);
        }
        // A new security stamp ends the person's sessions: their next request and their open pages sign them out.
        if (deactivating || wasAdmin != (draft.Role == StaffRoles.Admin)) await users.UpdateSecurityStampAsync(user);
        try
        {
            await transaction.CommitAsync();
        }
        catch (PostgresException refused) when (refused.ConstraintName == OneActiveAdministrator)
        {
            return new SaveResult.Invalid(LastAdministratorRefused);
        }
        draft.Version = user.Version;
        return new SaveResult.Saved(0);
    }
}
