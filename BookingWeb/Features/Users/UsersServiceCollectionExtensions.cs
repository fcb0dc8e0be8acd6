namespace BookingWeb.Features.Users;

public static class UsersServiceCollectionExtensions
{
    public static IServiceCollection AddUsers(this IServiceCollection services) => services
        .AddScoped<StaffAccountService>();
}
