namespace BookingWeb.Features.Calendar;

public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddScoped<CalendarService>();
        return services;
    }
}
