using System.Globalization;
using BookingWeb.Platform.Localization;
using BookingWeb.Texts;

namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// How the merge dialog shows a field's value and reads one the user typed, both in the reader's language
/// (Texts/ConflictTexts.resx holds the formats): in German a date is shown and typed as 04.12.2030 and an amount as 1.234,50.
/// </summary>
public static class ConflictValues
{
    public static string Empty => ConflictTexts.Empty;

    public static string Display(object? value) => value switch
    {
        null or "" => Empty,
        DateOnly date => date.ToString(ConflictTexts.DisplayDateFormat, CultureInfo.CurrentCulture),
        DateTime time => time.ToString(ConflictTexts.DisplayDateTimeFormat, CultureInfo.CurrentCulture),
        decimal amount => amount.ToString(ConflictTexts.DisplayAmountFormat, CultureInfo.CurrentCulture),
        bool flag => flag ? ConflictTexts.Yes : ConflictTexts.No,
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? Empty,
    };

    /// <summary>The value as the dialog's text box starts with it (dates as the language writes them, numbers plain).</summary>
    public static string Editable(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString(ConflictTexts.EditableDateFormat, CultureInfo.CurrentCulture),
        DateTime time => time.ToString(ConflictTexts.EditableDateTimeFormat, CultureInfo.CurrentCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    public static bool CanParse(Type type) => Underlying(type) is var t &&
        (t == typeof(string) || t == typeof(int) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime));

    /// <summary>
    /// Reads typed text into <paramref name="type"/> as the reader's language writes it (in German "150,00" is 150 and
    /// "04.12.2030" is 4 December); blank text is null (or "" for text). False when it does not parse.
    /// </summary>
    public static bool TryParse(Type type, string? text, out object? value)
    {
        var t = Underlying(type);
        value = null;
        if (t == typeof(string))
        {
            value = text ?? "";
            return true;
        }
        if (string.IsNullOrWhiteSpace(text)) return Nullable.GetUnderlyingType(type) is not null;
        text = text.Trim();
        var culture = CultureInfo.CurrentCulture;
        bool ok;
        // Strictly as the language writes numbers: 150.00 in German is refused, never read as 15000.
        if (t == typeof(int)) { ok = WrittenNumbers.TryParse(text, culture, whole: true, out int n); value = n; }
        else if (t == typeof(decimal)) { ok = WrittenNumbers.TryParse(text, culture, whole: false, out decimal d); value = d; }
        else if (t == typeof(DateOnly))
        {
            ok = DateOnly.TryParseExact(text, ConflictTexts.DateInputFormats.Split('|'), culture, DateTimeStyles.None, out var d);
            value = d;
        }
        else if (t == typeof(DateTime)) { ok = DateTime.TryParse(text, culture, DateTimeStyles.None, out var d); value = d; }
        else ok = false;
        if (!ok) value = null;
        return ok;
    }

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
