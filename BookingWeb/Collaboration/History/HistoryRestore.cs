using System.Globalization;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Texts;

namespace BookingWeb.Collaboration.History;

/// <summary>The History tab's "restore": a column of an audit row and the value it had (as the trigger wrote it), with its label.</summary>
public sealed record RestoreRequest(string Column, string? Text, string Label, string ShownValue);

/// <summary>What putting an earlier value back into a form came to: the sentence to show, and whether the form changed.</summary>
public sealed record RestoreOutcome(bool Restored, string Message);

/// <summary>
/// Puts an earlier value from the audit log back into an editor's form, as an unsaved change: the user then saves it
/// through the editor's one save path (rules, three-way merge with anyone's newer save, the trigger's audit row).
/// </summary>
public static class HistoryRestore
{
    public static RestoreOutcome Apply<TOwner>(IEnumerable<MergedField<TOwner>> fields, TOwner owner, RestoreRequest request)
    {
        var field = fields.FirstOrDefault(f => SnakeCase(f.Name) == request.Column);
        if (field is null || !TryRead(request.Text, field.ValueType, out var value))
            return new RestoreOutcome(false, string.Format(HistoryTexts.RestoreNotApplicable, request.Label));
        field.Write(owner, value);
        return new RestoreOutcome(true, string.Format(HistoryTexts.RestoredUnsaved, request.Label, request.ShownValue));
    }

    /// <summary>Reads a value as PostgreSQL's to_jsonb wrote it (2027-05-05, 150.00, true, CheckedIn) into the field's type.</summary>
    public static bool TryRead(string? text, Type type, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (text is null) return underlying is not null || !type.IsValueType;
        var target = underlying ?? type;
        var invariant = CultureInfo.InvariantCulture;
        (var ok, value) = target switch
        {
            _ when target == typeof(string) => (true, text),
            _ when target == typeof(int) => (int.TryParse(text, NumberStyles.Integer, invariant, out var i), (object)i),
            _ when target == typeof(decimal) => (decimal.TryParse(text, NumberStyles.Number, invariant, out var d), d),
            _ when target == typeof(bool) => (bool.TryParse(text, out var b), b),
            _ when target == typeof(DateOnly) => (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date), date),
            _ when target.IsEnum => (Enum.TryParse(target, text, ignoreCase: false, out var choice) && Enum.IsDefined(target, choice!), choice),
            _ => (false, null),
        };
        if (!ok) value = null;
        return ok;
    }

    /// <summary>The column a field is stored in (the context maps every property to snake_case).</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
