namespace BookingWeb.Collaboration.Activity;

public static class ActivityServiceCollectionExtensions
{
    public static IServiceCollection AddActivity(this IServiceCollection services) => services
        .AddScoped<ChangeDescriber>()
        .AddScoped<ChangeConfirmation>();
}
