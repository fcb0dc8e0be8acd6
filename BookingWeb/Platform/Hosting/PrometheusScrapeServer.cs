using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// Serves Prometheus' <see cref="Telemetry.ScrapePath"/> on <see cref="TelemetryOptions.PrometheusPort"/>: a server of its own with nothing
/// else on it and none of the app's middleware, so the address staff use never answers it, and the operator decides
/// who reaches the port (publish it to the monitoring network only).
/// </summary>
internal sealed class PrometheusScrapeServer(
    MeterProvider meters, IOptions<TelemetryOptions> options, ILoggerFactory loggers, ILogger<PrometheusScrapeServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (port, address) = (options.Value.PrometheusPort!.Value, options.Value.PrometheusIPAddress);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (address is null) kestrel.ListenAnyIP(port);
            else kestrel.Listen(address, port);
        });
        builder.Services.AddSingleton(meters).AddSingleton(loggers).AddSingleton<IHostLifetime, LifetimeOfTheApp>();
        _server = builder.Build();
        _server.UseOpenTelemetryPrometheusScrapingEndpoint(Telemetry.ScrapePath);
        await _server.StartAsync(cancellationToken);
        logger.LogInformation("Prometheus scrape endpoint listening on {Address} port {Port} at {Path}",
            options.Value.PrometheusAddress, port, Telemetry.ScrapePath);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null) await _server.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>The app's host answers SIGTERM and Ctrl+C and stops this server; a console lifetime of its own would race it.</summary>
    private sealed class LifetimeOfTheApp : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
