using System.ComponentModel.DataAnnotations;
using System.Net;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// Section "Telemetry": the operator's Prometheus scrape endpoint. OTLP export has no settings of ours: the standard
/// <c>OTEL_*</c> variables configure it (docs/operating.md, "Metrics and traces").
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    private const string EveryInterface = "*";

    /// <summary>The port on which <c>/metrics</c> answers, and nothing else does; unset: no scrape endpoint.</summary>
    [Range(1, 65535, ErrorMessage = "Telemetry__PrometheusPort must be a TCP port from 1 to 65535, other than the app's own (unset: no scrape endpoint).")]
    public int? PrometheusPort { get; set; }

    /// <summary>Where that port listens: every interface (as in a container), or one address, such as a monitoring network's.</summary>
    public string PrometheusAddress { get; set; } = EveryInterface;

    internal IPAddress? PrometheusIPAddress => PrometheusAddress == EveryInterface ? null : IPAddress.Parse(PrometheusAddress);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PrometheusAddress != EveryInterface && !IPAddress.TryParse(PrometheusAddress, out _))
            yield return new ValidationResult(
                $"Telemetry__PrometheusAddress must be * (every interface) or an IP address such as 127.0.0.1, not \"{PrometheusAddress}\".",
                [nameof(PrometheusAddress)]);
    }
}
