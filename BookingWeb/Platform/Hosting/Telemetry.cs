using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// Traces and metrics through OpenTelemetry (ASP.NET Core, Npgsql, the runtime and the <see cref="BookingWebMetrics"/>
/// meter): OTLP export wherever the standard <c>OTEL_EXPORTER_OTLP_*ENDPOINT</c> variables point, and a Prometheus scrape
/// endpoint when <see cref="TelemetryOptions.PrometheusPort"/> is set. With neither, nothing is collected.
/// </summary>
public static class Telemetry
{
    public const string DefaultServiceName = "BookingWeb";

    /// <summary>Where Prometheus scrapes, on the scrape port only.</summary>
    public const string ScrapePath = "/metrics";

    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelemetryOptions.Section);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var prometheusPort = section.Get<TelemetryOptions>()?.PrometheusPort;
        var otlpTraces = IsOtlpConfigured(configuration, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        var otlpMetrics = IsOtlpConfigured(configuration, "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT");
        if (!otlpTraces && !otlpMetrics && prometheusPort is null) return services;

        // Detected after our default, OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over it.
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(DefaultServiceName).AddEnvironmentVariableDetector());
        if (otlpTraces)
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health") && context.Connection.LocalPort != prometheusPort)
                .AddNpgsql()
                .AddOtlpExporter());
        if (!otlpMetrics && prometheusPort is null) return services;
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BookingWebMetrics.MeterName).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation();
            if (otlpMetrics) metrics.AddOtlpExporter();
            if (prometheusPort is not null) metrics.AddPrometheusExporter();
        });
        if (prometheusPort is not null) services.AddHostedService<PrometheusScrapeServer>();
        return services;
    }

    /// <summary>Whether OTLP export of a signal is asked for; a malformed address refuses to start rather than export nowhere.</summary>
    private static bool IsOtlpConfigured(IConfiguration configuration, string signalEndpoint)
    {
        foreach (var key in new[] { OtlpEndpoint, signalEndpoint })
        {
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new InvalidOperationException($"{key} must be an http:// or https:// address such as http://collector:4317, not \"{value}\".");
            return true;
        }
        return false;
    }
}
