using System.ComponentModel.DataAnnotations;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// Section "Telemetry": the operator's Prometheus scrape endpoint. OTLP export has no settings of ours: the standard
/// <c>OTEL_*</c> variables configure it (docs/operating.md, "Metrics and traces").
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The port on which <c>/metrics</c> answers, and nothing else does; unset: no scrape endpoint.</summary>
    [Range(1, 65535, ErrorMessage = "Telemetry__PrometheusPort must be a TCP port from 1 to 65535, other than the app's own (unset: no scrape endpoint).")]
    public int? PrometheusPort { get; set; }
}
