using BookingWeb.Platform.Data;
using BookingWeb.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BookingWeb.Collaboration.Live;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>Live updates: the change feed pages subscribe to and the one listener per instance that fills it.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListenerOptions>()
            .Bind(configuration.GetSection(ListenerOptions.Section))
            .PostConfigure(options => options.ConnectionString ??=
                configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<SharedReads>();
        services.AddSingleton<ChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeListener>());
        services.AddHealthChecks().AddCheck<ListenerHealthCheck>("live-updates", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
