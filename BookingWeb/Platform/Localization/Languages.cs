using System.Globalization;

namespace BookingWeb.Platform.Localization;

/// <summary>
/// The languages BookingWeb speaks, by their two-letter code (what an account stores). Each comes with the formats of
/// its region — 01.12.2026 and 1.234,50 in German, 01/12/2026 and 1,234.50 in (British) English — and shows money in
/// the hotel's currency whatever the language.
/// </summary>
public static class Languages
{
    public const string German = "de";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [German, English];

    /// <summary>How each language names itself in the user menu.</summary>
    public static string NativeName(string language) => language == German ? "Deutsch" : "English";

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);

    /// <summary>The culture for <paramref name="language"/>, with <paramref name="currencySymbol"/> for money.</summary>
    public static CultureInfo Culture(string language, string currencySymbol)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language == German ? "de-DE" : "en-GB").Clone();
        culture.NumberFormat.CurrencySymbol = currencySymbol;
        return culture;
    }
}
