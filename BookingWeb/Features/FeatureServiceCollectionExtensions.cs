using BookingWeb.Features.Activity;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Calendar;
using BookingWeb.Features.Conflicts;
using BookingWeb.Features.Dashboard;
using BookingWeb.Features.Editing;
using BookingWeb.Features.Guests;
using BookingWeb.Features.Presence;
using BookingWeb.Features.Rooms;
using BookingWeb.Features.Users;

namespace BookingWeb.Features;

public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration) => services
        .AddBookings()
        .AddGuests()
        .AddRooms()
        .AddDashboard()
        .AddCalendar()
        .AddUsers()
        .AddActivity()
        .AddPresence(configuration)
        .AddConflicts()
        .AddScoped<SavePipeline>();
}
