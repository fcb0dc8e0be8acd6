namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// When two field values count as the same for a merge. Null and the empty string are the same (an optional
/// text cleared in one editor and never filled in another is not a change); decimals compare by value, so
/// 1.50 equals 1.5; an int and a decimal of equal value are the same; everything else uses its own Equals,
/// which already compares DateOnly, enums, bools and DateTimeOffset instants by value.
/// </summary>
public static class MergeValues
{
    public static bool Same(object? a, object? b)
    {
        a = Normalize(a);
        b = Normalize(b);
        if (a is null || b is null) return a is null && b is null;
        if (IsExactNumber(a) && IsExactNumber(b)) return Convert.ToDecimal(a) == Convert.ToDecimal(b);
        return a.Equals(b);
    }

    private static object? Normalize(object? value) => value is string { Length: 0 } ? null : value;

    private static bool IsExactNumber(object value) =>
        value is decimal or int or long or short or byte or uint or ulong or ushort or sbyte;
}
