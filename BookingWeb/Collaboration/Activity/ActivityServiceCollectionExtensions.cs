using BookingWeb.Collaboration.History;

namespace BookingWeb.Collaboration.Activity;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Who changed what: the toasts, the changed-elsewhere banner and the History tabs.</summary>
    public static IServiceCollection AddActivity(this IServiceCollection services) => services
        .AddScoped<ChangeDescriber>()
        .AddScoped<ChangeConfirmation>()
        .AddScoped<RecordHistory>();
}
