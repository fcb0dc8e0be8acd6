using Microsoft.AspNetCore.HttpOverrides;

namespace BookingWeb.Platform.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>What running as one of several instances behind a proxy needs: shared keys, proxy trust, health, metrics.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSharedDataProtection(configuration, environment);

        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options => ProxyOptions.Configure(options, proxy));
        services.AddBookingWebHealthChecks();
        services.AddMetrics();
        services.AddSingleton<BookingWebMetrics>();
        return services;
    }
}
