using System.Globalization;
using BookingWeb.Platform.Clock;
using Microsoft.Extensions.Options;

namespace BookingWeb.Platform.Localization;

/// <summary>
/// The culture of each language, built once with the hotel's currency, and the hotel's default language. A request
/// (and so the page's circuit) runs in one of these: texts, dates, numbers and money follow it.
/// </summary>
public sealed class StaffCultures
{
    private readonly Dictionary<string, CultureInfo> _cultures;

    public StaffCultures(IOptions<HotelOptions> options)
    {
        var symbol = options.Value.CurrencySymbol;
        _cultures = Languages.All.ToDictionary(l => l, l => Languages.Culture(l, symbol));
        DefaultLanguage = options.Value.Language;
    }

    public string DefaultLanguage { get; }

    /// <summary>The culture of <paramref name="language"/>; the hotel's default for none or one BookingWeb does not speak.</summary>
    public CultureInfo For(string? language) => _cultures[Languages.IsSupported(language) ? language! : DefaultLanguage];

    /// <summary>The first language of an Accept-Language header that BookingWeb speaks, or null.</summary>
    public static string? FromBrowser(IEnumerable<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> acceptLanguage) =>
        acceptLanguage.OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Languages.IsSupported);

    /// <summary>Makes <paramref name="culture"/> the one formats and texts use from here on, in this flow.</summary>
    public static void Use(CultureInfo culture) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
