namespace BookingWeb.Features.Guests;

public static class GuestsServiceCollectionExtensions
{
    public static IServiceCollection AddGuests(this IServiceCollection services)
    {
        services.AddScoped<GuestService>();
        return services;
    }
}
