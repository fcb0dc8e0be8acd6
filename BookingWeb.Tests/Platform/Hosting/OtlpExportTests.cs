using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>The hosted app exporting to a collector through the standard OTEL_* variables alone, exporting quickly for the test.</summary>
public sealed class OtlpExportingApp : AppFixture
{
    public const string ServiceName = "bookingweb-front-desk";

    public OtlpCollector Collector { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Collector = await OtlpCollector.StartAsync();
        await base.InitializeAsync();
    }

    protected override IEnumerable<string> ExtraSettings =>
    [
        .. base.ExtraSettings,
        $"--OTEL_EXPORTER_OTLP_ENDPOINT={Collector.Endpoint}", "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
        $"--OTEL_SERVICE_NAME={ServiceName}", "--OTEL_BSP_SCHEDULE_DELAY=100", "--OTEL_METRIC_EXPORT_INTERVAL=300",
    ];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Collector.DisposeAsync();
    }
}

public class OtlpExportTests(OtlpExportingApp app) : IClassFixture<OtlpExportingApp>
{
    private static readonly TimeSpan ExportTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Requests_and_their_queries_reach_the_collector_as_traces_under_the_service_name_but_health_probes_do_not()
    {
        var probe = $"/health/{Guid.NewGuid():N}";
        var request = $"/no-such-page-{Guid.NewGuid():N}";
        using var http = HttpSignIn.AnonymousClient(app.BaseUrl);
        (await http.GetAsync(probe)).Dispose();
        (await http.GetAsync(request)).Dispose();

        await Eventually.TrueAsync(() => app.Collector.Received("/v1/traces", OtlpExportingApp.ServiceName, request), "the request's span is exported", ExportTimeout);
        Assert.True(app.Collector.Received("/v1/traces", "postgresql"), "Npgsql's spans are exported");
        Assert.False(app.Collector.Received("/v1/traces", probe), "a health probe was traced");
    }

    [Fact]
    public async Task The_apps_own_metrics_reach_the_collector_once_they_count_something()
    {
        await Eventually.TrueAsync(() => app.Services.GetRequiredService<ChangeFeed>().State.IsLive, "the change listener is connected");
        // A request of its own, so ASP.NET Core has something to count whichever test of the class runs first.
        using (var http = HttpSignIn.AnonymousClient(app.BaseUrl))
            (await http.GetAsync($"/no-such-page-{Guid.NewGuid():N}")).Dispose();
        await using (var db = app.CreateContext())
        {
            db.Guests.Add(new Guest { FirstName = "Olga", LastName = "Export" });
            await db.SaveChangesAsync();
        }

        await Eventually.TrueAsync(() => app.Collector.Received("/v1/metrics", OtlpExportingApp.ServiceName, "bookingweb.notifications.received"),
            "the notifications counter is exported", ExportTimeout);
        await Eventually.TrueAsync(() => app.Collector.Received("/v1/metrics", "http.server.request.duration"),
            "ASP.NET Core's metrics are exported", ExportTimeout);
    }
}
