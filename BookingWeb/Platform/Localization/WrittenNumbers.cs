using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace BookingWeb.Platform.Localization;

/// <summary>
/// Numbers as people write them in their culture: a sign, digits with thousands separators only where they belong
/// (1.234.567), and a decimal separator. In German 150,00 is 150 and 1.234,50 is 1234.5; 150.00 is not a number
/// (a thousands separator before two digits), never 15000.
/// </summary>
public static class WrittenNumbers
{
    public static bool TryParse<TNumber>(string? text, CultureInfo culture, bool whole, out TNumber value) where TNumber : struct, INumber<TNumber>
    {
        value = default;
        var trimmed = text?.Trim() ?? "";
        if (!Pattern(culture.NumberFormat, whole).IsMatch(trimmed)) return false;
        var styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | (whole ? 0 : NumberStyles.AllowDecimalPoint);
        return TNumber.TryParse(trimmed, styles, culture, out value);
    }

    private static Regex Pattern(NumberFormatInfo format, bool whole)
    {
        var group = Regex.Escape(format.NumberGroupSeparator);
        var point = Regex.Escape(format.NumberDecimalSeparator);
        var sign = $"[{Regex.Escape(format.NegativeSign)}{Regex.Escape(format.PositiveSign)}]?";
        var digits = $@"(\d+|\d{{1,3}}({group}\d{{3}})+)";
        return new Regex(whole ? $"^{sign}{digits}$" : $@"^{sign}({digits}({point}\d*)?|{point}\d+)$", RegexOptions.CultureInvariant);
    }
}
