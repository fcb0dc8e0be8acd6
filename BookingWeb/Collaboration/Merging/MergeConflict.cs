using BookingWeb.Platform.Clock;
using BookingWeb.Texts;

namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// What a choice in the merge dialog is for: a record's field (<c>Notes</c>), a whole line of a collection (the
/// services' row 12, removed on one side) or one field of a line (row 12's unit price).
/// </summary>
public readonly record struct MergeKey(string? Field, string? Lines = null, LineKey? Line = null)
{
    public static MergeKey OfLine(string lines, LineKey line, string? field = null) => new(field, lines, line);

    /// <summary>A record's own field by its name.</summary>
    public static implicit operator MergeKey(string field) => new(field);

    public bool IsRecordField => Lines is null;

    public override string ToString() => Lines is null ? Field ?? "" : Field is null ? $"{Lines}/{Line}" : $"{Lines}/{Line}/{Field}";
}

/// <summary>One conflicting field as the merge dialog shows it: its label, the three values and their type.</summary>
/// <param name="Key">What the service knows the field by.</param>
/// <param name="ValueType">The field's type; a typed value must parse into it. Null: only mine or theirs (a whole line).</param>
public sealed record ConflictField(MergeKey Key, string Label, Type? ValueType, object? Original, object? Theirs, object? Mine)
{
    /// <summary>What to show instead of a value that is an id (a room's number, a guest's name), by value.</summary>
    public IReadOnlyDictionary<object, string>? ValueNames { get; init; }

    /// <summary>Text, numbers and dates can be typed anew; other kinds (choices, ids, whole lines) are mine or theirs.</summary>
    public bool CanType => ValueType is not null && ValueNames is null && ConflictValues.CanParse(ValueType);

    /// <summary>One of the three values as the dialog shows it.</summary>
    public string Display(object? value) =>
        value is not null && ValueNames is not null && ValueNames.TryGetValue(value, out var name) ? name : ConflictValues.Display(value);
}

/// <summary>
/// What the merge dialog asks about: the fields both sides changed differently, who saved theirs and when, and, when
/// the merged record would be refused (an overlapping stay), the sentence saying why.
/// </summary>
public sealed record MergeConflict(IReadOnlyList<ConflictField> Fields, string TheirName, DateTimeOffset? TheirTime)
{
    /// <summary>Why the merged record cannot be saved as it is (validation or an overlap), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>A line the dialog shows for the current choices, e.g. the recomputed grand total; null when not applicable.</summary>
    public Func<IReadOnlyDictionary<MergeKey, FieldChoice>, string?>? Preview { get; init; }

    /// <summary>"Anna at 14:02" (the hotel's time, in the reader's language), for the Theirs column.</summary>
    public string Who(HotelClock clock) =>
        TheirTime is { } at ? string.Format(ConflictTexts.WhoAt, TheirName, clock.AtHotel(at).ToString("HH:mm")) : TheirName;
}
