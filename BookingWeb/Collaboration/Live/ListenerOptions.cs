using System.ComponentModel.DataAnnotations;

namespace BookingWeb.Collaboration.Live;

/// <summary>The <c>Realtime</c> configuration section: how the change listener connects and reconnects.</summary>
public sealed class ListenerOptions : IValidatableObject
{
    public const string Section = "Realtime";

    /// <summary>
    /// The connection the listener LISTENs on; defaults to <c>ConnectionStrings:BookingWeb</c>. Set it to reach
    /// PostgreSQL directly when the app's connection goes through a transaction-pooling proxy (LISTEN needs a
    /// session of its own).
    /// </summary>
    [Required]
    public string? ConnectionString { get; set; }

    /// <summary>Must match the channel the notify_entity_change trigger notifies.</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string Channel { get; set; } = "bookingweb_changes";

    /// <summary>Seconds between pings on the idle listening connection; a silently dead network is noticed after about twice this.</summary>
    [Range(1, 3600)]
    public int KeepaliveSeconds { get; set; } = 10;

    [Range(0.01, 3600)]
    public double ReconnectMinDelaySeconds { get; set; } = 0.5;

    [Range(0.01, 3600)]
    public double ReconnectMaxDelaySeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReconnectMaxDelaySeconds < ReconnectMinDelaySeconds)
            yield return new ValidationResult(
                "ReconnectMaxDelaySeconds must not be below ReconnectMinDelaySeconds.",
                [nameof(ReconnectMaxDelaySeconds)]);
    }
}
