using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BookingWeb.Collaboration.Presence;

public static class PresenceServiceCollectionExtensions
{
    public static IServiceCollection AddPresence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PresenceService>();
        services.AddHostedService(provider => provider.GetRequiredService<PresenceService>());
        services.AddScoped<CircuitHandler, PresenceCircuitHandler>();
        return services;
    }
}
