using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace BookingWeb.Platform.Localization;

/// <summary>The hotel's own settings (section <c>Hotel</c>).</summary>
public sealed class HotelOptions : IValidatableObject
{
    public const string Section = "Hotel";

    /// <summary>The IANA id of the hotel's time zone (<c>Europe/Berlin</c>): what "today" and "14:42" mean to its staff.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>The language of whoever has not chosen one (<c>de</c> or <c>en</c>).</summary>
    [Required]
    public string Language { get; set; } = Languages.German;

    /// <summary>The ISO 4217 code of the hotel's currency (<c>EUR</c>): money is shown in it in every language.</summary>
    [Required]
    public string Currency { get; set; } = "EUR";

    /// <summary>The currency's symbol as the region that uses it writes it (€ for EUR, CHF for CHF).</summary>
    public string CurrencySymbol =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => new RegionInfo(c.Name))
            .FirstOrDefault(r => r.ISOCurrencySymbol == Currency)?.CurrencySymbol ?? Currency;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Languages.IsSupported(Language))
        {
            yield return new ValidationResult(
                $"Hotel__Language is \"{Language}\"; BookingWeb speaks {string.Join(" and ", Languages.All)}.", [nameof(Language)]);
        }
        if (!CultureInfo.GetCultures(CultureTypes.SpecificCultures).Any(c => new RegionInfo(c.Name).ISOCurrencySymbol == Currency))
        {
            yield return new ValidationResult(
                $"Hotel__Currency is \"{Currency}\", which is not a currency code this machine knows. Set the ISO 4217 code, such as EUR or CHF.",
                [nameof(Currency)]);
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) || !zone.HasIanaId)
        {
            yield return new ValidationResult(
                $"Hotel__TimeZone is \"{TimeZone}\", which is not a time zone this machine knows. " +
                "Set it to the IANA id of the hotel's time zone, such as Europe/Berlin or Europe/Vienna.",
                [nameof(TimeZone)]);
        }
    }
}
