using BookingWeb.Shared;
using Microsoft.AspNetCore.Identity;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Features.Users;

/// <summary>Identity's refusals as messages beside the field they are about.</summary>
internal static class IdentityErrors
{
    public static SaveResult.Invalid ToResult(IdentityResult result, string passwordField)
    {
        var byField = new Dictionary<string, string>();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal)
                    ? nameof(StaffAccountDraft.Email)
                    : "";
            byField[field] = byField.TryGetValue(field, out var earlier) ? $"{earlier} {error.Description}" : error.Description;
        }
        var message = string.Join(" ", result.Errors.Select(e => e.Description));
        return new SaveResult.Invalid(message, byField.Where(e => e.Key != "").ToDictionary());
    }
}
