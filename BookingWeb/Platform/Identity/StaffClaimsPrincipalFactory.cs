using System.Security.Claims;
using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BookingWeb.Platform.Identity;

/// <summary>Puts the display name in the sign-in cookie, so pages greet people without a database read.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffMember.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
