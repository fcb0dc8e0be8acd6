namespace BookingWeb.Features.Rooms;

public static class RoomsServiceCollectionExtensions
{
    public static IServiceCollection AddRooms(this IServiceCollection services)
    {
        return services;
    }
}
