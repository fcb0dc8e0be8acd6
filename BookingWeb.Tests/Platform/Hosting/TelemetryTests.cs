using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Hosting;
using BookingWeb.Testing;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>The hosted app with its Prometheus scrape endpoint on a port of its own, as an operator turns it on.</summary>
public sealed class ScrapedApp : AppFixture
{
    public int MetricsPort { get; } = LoopbackPort.Free();

    public string MetricsUrl => $"http://127.0.0.1:{MetricsPort}{Telemetry.ScrapePath}";

    protected override IEnumerable<string> ExtraSettings =>
        [.. base.ExtraSettings, $"--Telemetry:PrometheusPort={MetricsPort}", "--Telemetry:PrometheusAddress=127.0.0.1"];
}

public partial class TelemetryTests(ScrapedApp app) : IClassFixture<ScrapedApp>
{
    private static readonly HttpClient Prometheus = new();

    [Fact]
    public async Task A_change_in_the_database_is_counted_in_what_prometheus_scrapes()
    {
        await Eventually.TrueAsync(() => app.Services.GetRequiredService<ChangeFeed>().State.IsLive, "the change listener is connected");
        var before = Value(await Prometheus.GetStringAsync(app.MetricsUrl), "bookingweb_notifications_received_total");

        await using (var db = app.CreateContext())
        {
            db.Guests.Add(new Guest { FirstName = "Otto", LastName = "Telemetrie" });
            await db.SaveChangesAsync();
        }

        await Eventually.TrueAsync(async () => Value(await Prometheus.GetStringAsync(app.MetricsUrl), "bookingweb_notifications_received_total") > before,
            "the scraped count of notifications rises");
    }

    [Fact]
    public async Task The_scrape_names_the_service_and_carries_request_runtime_and_database_metrics_but_no_password()
    {
        using (var page = HttpSignIn.AnonymousClient(app.BaseUrl)) await page.GetStringAsync("/account/signin");

        var scraped = "";
        // A request is measured once its response is done, and the exporter answers scrapes from a short-lived cache.
        await Eventually.TrueAsync(async () => (scraped = await Prometheus.GetStringAsync(app.MetricsUrl)).Contains("http_route=\"/account/signin\"")
            && scraped.Contains("db_client_operation_duration_seconds"), "the request and the app's queries are measured");

        Assert.Contains("service_name=\"BookingWeb\"", scraped);
        Assert.Contains("dotnet_gc_collections_total", scraped);
        Assert.DoesNotContain("password=", scraped, StringComparison.OrdinalIgnoreCase); // Npgsql names pools by connection string
    }

    [Fact]
    public async Task Staff_signed_in_at_the_apps_address_find_no_metrics_there()
    {
        using var staff = await HttpSignIn.ClientAsync(app.BaseUrl, TestAccounts.Staff);

        using var response = await staff.GetAsync(Telemetry.ScrapePath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("bookingweb_", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_metrics_port_serves_nothing_but_the_metrics()
    {
        using var response = await Prometheus.GetAsync($"http://127.0.0.1:{app.MetricsPort}/account/signin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_otel_variables_or_a_scrape_port_the_app_collects_no_telemetry()
    {
        await using var start = LoggedStart.Build("Testing", UnusedDatabase);

        Assert.Null(start.App.Services.GetService<MeterProvider>());
        Assert.Null(start.App.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("PrometheusPort", "0")]
    [InlineData("PrometheusPort", "65536")]
    [InlineData("PrometheusAddress", "metrics.hotel")]
    public async Task A_scrape_setting_out_of_range_refuses_to_start_and_names_the_setting(string setting, string value)
    {
        await using var start = LoggedStart.Build("Testing", UnusedDatabase, "--urls", "http://127.0.0.1:0",
            $"--Telemetry:PrometheusPort={LoopbackPort.Free()}", "--Telemetry:PrometheusAddress=127.0.0.1", $"--Telemetry:{setting}={value}");

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => start.App.StartAsync());

        Assert.Contains($"Telemetry__{setting}", refused.Message);
    }

    [Fact]
    public void A_malformed_otlp_address_refuses_to_start_and_names_the_variable()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => LoggedStart.Build("Testing", UnusedDatabase, "--OTEL_EXPORTER_OTLP_ENDPOINT=collector:4317"));

        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", refused.Message);
    }

    /// <summary>These starts fail or stop before they would connect.</summary>
    private const string UnusedDatabase = "Host=127.0.0.1;Database=unused";

    /// <summary>The sum of a metric's series in Prometheus' text format (0 while it has none: a counter not yet counted).</summary>
    private static double Value(string scraped, string metric) => Sample().Matches(scraped)
        .Where(m => m.Groups["name"].Value == metric)
        .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
