using Microsoft.AspNetCore.Identity;

namespace BookingWeb.Features.Users;

public static class UsersServiceCollectionExtensions
{
    /// <summary>The account pages' service, and Identity's refusals in the reader's language (whichever of this and AddIdentity comes first).</summary>
    public static IServiceCollection AddUsers(this IServiceCollection services) => services
        .AddScoped<StaffAccountService>()
        .AddScoped<IdentityErrorDescriber, StaffIdentityErrors>();
}
