using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Features.Users;

/// <summary>What makes an account's fields valid, as typed in the form and again in the service.</summary>
internal static class StaffAccountRules
{
    public static FieldErrors Validate(StaffAccountDraft draft)
    {
        var errors = new FieldErrors();
        errors.Require(draft.DisplayName, nameof(draft.DisplayName), UserTexts.Name);
        errors.Text(draft.DisplayName, FieldLimits.Users.DisplayName, nameof(draft.DisplayName), UserTexts.Name);
        errors.Require(draft.Email, nameof(draft.Email), UserTexts.Email);
        errors.Text(draft.Email, FieldLimits.Users.Email, nameof(draft.Email), UserTexts.Email);
        if (!StaffRoles.All.Contains(draft.Role)) errors.Add(nameof(draft.Role), UserTexts.ChooseRole);
        if (draft.IsNew) errors.Require(draft.Password, nameof(draft.Password), UserTexts.FirstPasswordSubject);
        return errors;
    }

    /// <summary>The rules on the draft as the service will see it (trimmed), for the form's fields as typed.</summary>
    public static IReadOnlyDictionary<string, string> CheckAsTyped(StaffAccountDraft typed) =>
        Validate(new StaffAccountDraft
        {
            Id = typed.Id, DisplayName = typed.DisplayName.Trim(), Email = typed.Email.Trim(), Role = typed.Role, Password = typed.Password,
        }).ToResult().FieldErrors;
}
