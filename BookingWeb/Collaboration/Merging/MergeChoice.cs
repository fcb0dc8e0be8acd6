using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Collaboration.Merging;

/// <summary>What the user picked in the merge dialog for one field: mine, theirs, or a value they typed.</summary>
public sealed class MergeChoice(ConflictField field)
{
    public enum Side { Mine, Theirs, Typed }

    public ConflictField Field { get; } = field;

    /// <summary>
    /// Starts where the merge stands: a field only they changed (shown when the merged record was refused) starts on
    /// theirs, everything else on mine.
    /// </summary>
    public Side Picked { get; set; } =
        MergeValues.Same(field.Mine, field.Original) && !MergeValues.Same(field.Theirs, field.Original) ? Side.Theirs : Side.Mine;
    public string Typed { get; set; } = ConflictValues.Editable(field.Mine);

    public bool TryValue(out object? value)
    {
        value = null;
        return Field.ValueType is { } type && ConflictValues.TryParse(type, Typed, out value);
    }

    public FieldChoice ToFieldChoice() => Picked switch
    {
        Side.Theirs => FieldChoice.Theirs,
        Side.Typed when TryValue(out var value) => FieldChoice.Custom(value),
        _ => FieldChoice.Mine,
    };
}
