using System.Globalization;

namespace BookingWeb.Conflicts;

/// <summary>How the merge dialog shows a field's value and reads one the user typed.</summary>
public static class ConflictValues
{
    public const string Empty = "(empty)";

    public static string Display(object? value) => value switch
    {
        null or "" => Empty,
        DateOnly date => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? Empty,
    };

    /// <summary>The value as the dialog's text box starts with it (dates as yyyy-MM-dd, numbers plain).</summary>
    public static string Editable(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static bool CanParse(Type type) => Underlying(type) is var t &&
        (t == typeof(string) || t == typeof(int) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime));

    /// <summary>Reads typed text into <paramref name="type"/>; blank text is null (or "" for text). False when it does not parse.</summary>
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
        var culture = CultureInfo.InvariantCulture;
        bool ok;
        if (t == typeof(int)) { ok = int.TryParse(text, NumberStyles.Integer, culture, out var n); value = n; }
        else if (t == typeof(decimal)) { ok = decimal.TryParse(text, NumberStyles.Number, culture, out var d); value = d; }
        else if (t == typeof(DateOnly)) { ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var d); value = d; }
        else if (t == typeof(DateTime)) { ok = DateTime.TryParse(text, culture, DateTimeStyles.None, out var d); value = d; }
        else ok = false;
        if (!ok) value = null;
        return ok;
    }

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
