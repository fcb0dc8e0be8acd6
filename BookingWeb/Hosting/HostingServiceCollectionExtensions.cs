using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BookingWeb.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>What running as one of several instances behind a proxy needs: shared keys, proxy trust, health, metrics.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services, IConfiguration configuration)
    {
        // One application name for every instance: otherwise the key ring is isolated per content root path.
        services.AddDataProtection().SetApplicationName("BookingWeb");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>()));

        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options => ProxyOptions.Configure(options, proxy));
        services.AddBookingWebHealthChecks();
        services.AddMetrics();
        services.AddSingleton<BookingWebMetrics>();
        return services;
    }
}
