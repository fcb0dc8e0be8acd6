using BookingWeb.Collaboration.Activity;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Calendar;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Dashboard;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Features.Guests;
using BookingWeb.Collaboration.Presence;
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
