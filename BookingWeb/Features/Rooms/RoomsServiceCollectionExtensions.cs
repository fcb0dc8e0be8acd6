namespace BookingWeb.Features.Rooms;

public static class RoomsServiceCollectionExtensions
{
    public static IServiceCollection AddRooms(this IServiceCollection services)
    {
        services.AddScoped<RoomService>();
        return services;
    }
}
