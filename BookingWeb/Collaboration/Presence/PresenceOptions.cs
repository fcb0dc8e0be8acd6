using System.ComponentModel.DataAnnotations;

namespace BookingWeb.Collaboration.Presence;

public sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>How often an instance tells the database its editors are still open.</summary>
    [Range(1, 60)]
    public int HeartbeatSeconds { get; set; } = 8;

    /// <summary>A presence not refreshed for this long is a ghost (closed tab, crashed instance) and is swept.</summary>
    [Range(3, 600)]
    public int ExpirySeconds { get; set; } = 25;
}
