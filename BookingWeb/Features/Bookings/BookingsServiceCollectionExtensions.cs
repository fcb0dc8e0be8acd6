namespace BookingWeb.Features.Bookings;

public static class BookingsServiceCollectionExtensions
{
    public static IServiceCollection AddBookings(this IServiceCollection services) => services
        .AddScoped<BookingService>()
        .AddScoped<BookingMergeService>()
        .AddScoped<BookingQueries>();
}
