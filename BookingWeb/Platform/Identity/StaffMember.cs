using System.Security.Claims;

namespace BookingWeb.Platform.Identity;

/// <summary>The person behind a request or circuit, read from their sign-in claims.</summary>
public sealed record StaffMember(string? UserId, string DisplayName, bool IsAdmin)
{
    public const string DisplayNameClaim = "bookingweb:display_name";

    public static readonly StaffMember Nobody = new(null, "", false);

    public bool IsSignedIn => UserId is not null;

    public static StaffMember From(ClaimsPrincipal principal)
    {
        var userId = principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null) return Nobody;
        var name = principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity?.Name ?? "";
        return new StaffMember(userId, name, principal.IsInRole(StaffRoles.Admin));
    }
}
