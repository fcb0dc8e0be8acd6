using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Texts;

namespace BookingWeb.Features.Users;

/// <summary>A role as people read it, in the page's language ("Admin", "Administrator"); the role's name stays the stored one.</summary>
public static class StaffRoleNames
{
    public static string Of(string? role) => role switch
    {
        StaffRoles.Admin => UserTexts.RoleAdmin,
        StaffRoles.Staff => UserTexts.RoleStaff,
        _ => role ?? "",
    };
}
