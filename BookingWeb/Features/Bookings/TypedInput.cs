using System.Globalization;
using System.Text.RegularExpressions;
using BookingWeb.Texts;
using MudBlazor;
using MudBlazor.Utilities.Exceptions;

namespace BookingWeb.Features.Bookings;

/// <summary>
/// Numbers and dates read the way the person writes them in their language: "150,00", "1.234,50" and "04.12.2030" in
/// German, "1,234.50" and "2030-12-04" in English. A thousands separator counts only where it belongs (every three
/// digits), so "150.00" typed in German is never silently 15000: what does not read cleanly gets a message at the field
/// and stays as typed.
/// </summary>
public static class TypedInput
{
    private const NumberStyles Written = NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint;

    /// <summary>The number in <paramref name="text"/> as written in <paramref name="culture"/>, or false.</summary>
    public static bool TryNumber(string? text, CultureInfo culture, out decimal value)
    {
        value = 0;
        var written = text?.Trim() ?? "";
        var format = culture.NumberFormat;
        var pattern = $@"^{Regex.Escape(format.NegativeSign)}?(\d+|\d{{1,3}}({Regex.Escape(format.NumberGroupSeparator)}\d{{3}})+)({Regex.Escape(format.NumberDecimalSeparator)}\d+)?$";
        return Regex.IsMatch(written, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
               && decimal.TryParse(written, Written, culture, out value);
    }

    /// <summary>The date in <paramref name="text"/> in <paramref name="format"/> (leading zeros optional in German), or false.</summary>
    public static bool TryDate(string? text, string format, CultureInfo culture, out DateTime value)
    {
        string[] formats = format == "dd.MM.yyyy" ? ["dd.MM.yyyy", "d.M.yyyy"] : [format];
        return DateTime.TryParseExact(text?.Trim(), formats, culture, DateTimeStyles.None, out value);
    }

    /// <summary>"1.234,50" in German, "1,234.50" in English: how a number is written here.</summary>
    public static string NumberExample(CultureInfo culture) => 1234.5m.ToString("#,##0.00", culture);

    /// <summary>The converter for a MudNumericField of money or quantities (set its Culture to the page's).</summary>
    public sealed class Number : IReversibleConverter<decimal, string>, ICultureAwareConverter
    {
        public Func<CultureInfo> Culture { get; set; } = () => CultureInfo.CurrentCulture;
        public Func<string?> Format { get; set; } = () => null;

        public string Convert(decimal input) => input.ToString(Format(), Culture());

        public decimal ConvertBack(string input)
        {
            if (string.IsNullOrWhiteSpace(input)) return 0;
            if (TryNumber(input, Culture(), out var value)) return value;
            throw new ConversionException(string.Format(BookingTexts.NotANumber, NumberExample(Culture())), [], null!);
        }
    }

    /// <summary>The converter for an editable MudDatePicker: the date as the person's language writes it, or a message.</summary>
    public sealed class Date : IReversibleConverter<DateTime?, string>, ICultureAwareConverter
    {
        private static readonly DateTime Example = new(2030, 12, 4);

        public Func<CultureInfo> Culture { get; set; } = () => CultureInfo.CurrentCulture;
        public Func<string?> Format { get; set; } = () => null;

        private string DateFormat => Format() ?? BookingTexts.EditorDateFormat;

        public string Convert(DateTime? input) => input?.ToString(DateFormat, Culture()) ?? "";

        public DateTime? ConvertBack(string input)
        {
            if (string.IsNullOrWhiteSpace(input)) return null;
            if (TryDate(input, DateFormat, Culture(), out var value)) return value;
            throw new ConversionException(string.Format(BookingTexts.NotADate, Example.ToString(DateFormat, Culture())), [], null!);
        }
    }
}
