namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// A record merged field by field. Savable when nothing conflicts and the record still exists; then
/// <see cref="Values"/> is what to save and <see cref="FieldsToWrite"/> the fields that differ from the database.
/// </summary>
public sealed class MergeResult
{
    internal MergeResult(
        IReadOnlyList<FieldResult> fields,
        IReadOnlyDictionary<string, object?> original,
        IReadOnlyDictionary<string, object?> mine,
        IReadOnlyDictionary<string, object?>? theirs)
    {
        Fields = fields;
        Original = original;
        Mine = mine;
        Theirs = theirs;
    }

    public IReadOnlyList<FieldResult> Fields { get; }
    public IReadOnlyDictionary<string, object?> Original { get; }
    public IReadOnlyDictionary<string, object?> Mine { get; }

    /// <summary>The database values merged against; null when the record was deleted meanwhile.</summary>
    public IReadOnlyDictionary<string, object?>? Theirs { get; }

    public bool IsDeletedMeanwhile => Theirs is null;
    public bool HasConflicts => Fields.Any(f => f.IsConflict);
    public bool CanSave => !IsDeletedMeanwhile && !HasConflicts;
    public IReadOnlyList<FieldResult> Conflicts => Fields.Where(f => f.IsConflict).ToList();
    public IReadOnlyList<string> FieldsToWrite => Fields.Where(f => f.MustWrite).Select(f => f.Field).ToList();

    public FieldResult this[string field] => Fields.FirstOrDefault(f => f.Field == field)
        ?? throw new KeyNotFoundException($"No field '{field}' in this merge.");

    public IReadOnlyDictionary<string, object?> Values => CanSave
        ? Fields.ToDictionary(f => f.Field, f => f.Merged)
        : throw new InvalidOperationException(IsDeletedMeanwhile
            ? "The record was deleted meanwhile; there is nothing to merge into."
            : "Resolve the conflicting fields first.");

    /// <summary>Settles every conflict with the user's choice for it; a conflict without a choice is an error.</summary>
    public MergeResult Resolve(IReadOnlyDictionary<string, FieldChoice> choices)
    {
        var missing = Conflicts.Select(f => f.Field).Where(field => !choices.ContainsKey(field)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"No choice for the conflicting fields {string.Join(", ", missing)}.", nameof(choices));
        return With(f => f.IsConflict ? f.ResolveWith(choices[f.Field]) : f);
    }

    /// <summary>
    /// The merge as saved with the user's choices: every conflict settled, and a field the merge settled by itself but
    /// the user chose a different value for (taking back the other side's change when the merged record was refused)
    /// counts as the user's choice too.
    /// </summary>
    public MergeResult ApplyChoices(IReadOnlyDictionary<string, FieldChoice> choices) => Resolve(choices).With(f =>
        f.Outcome != FieldOutcome.Resolved && choices.TryGetValue(f.Field, out var choice) && !MergeValues.Same(choice.Pick(f), f.Merged)
            ? f.ResolveWith(choice)
            : f);

    public MergeResult ResolveAllMine() => With(f => f.IsConflict ? f.ResolveWith(FieldChoice.Mine) : f);

    public MergeResult ResolveAllTheirs() => With(f => f.IsConflict ? f.ResolveWith(FieldChoice.Theirs) : f);

    internal static MergeResult DeletedMeanwhile(IReadOnlyDictionary<string, object?> original, IReadOnlyDictionary<string, object?> mine) =>
        new([], original, mine, null);

    private MergeResult With(Func<FieldResult, FieldResult> change) => new(Fields.Select(change).ToList(), Original, Mine, Theirs);
}
