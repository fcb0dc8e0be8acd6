using System.ComponentModel.DataAnnotations;

namespace BookingWeb.Clock;

/// <summary>The hotel's own settings (section <c>Hotel</c>).</summary>
public sealed class HotelOptions : IValidatableObject
{
    public const string Section = "Hotel";

    /// <summary>The IANA id of the hotel's time zone (<c>Europe/Berlin</c>): what "today" and "14:42" mean to its staff.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) || !zone.HasIanaId)
        {
            yield return new ValidationResult(
                $"Hotel__TimeZone is \"{TimeZone}\", which is not a time zone this machine knows. " +
                "Set it to the IANA id of the hotel's time zone, such as Europe/Berlin or Europe/Vienna.",
                [nameof(TimeZone)]);
        }
    }
}
