namespace BookingWeb.Collaboration.Merging;

/// <summary>One field after a merge: the three values it was merged from and the value to save.</summary>
public sealed record FieldResult(string Field, FieldOutcome Outcome, object? Original, object? Mine, object? Theirs, object? Merged)
{
    public bool IsConflict => Outcome == FieldOutcome.Conflict;

    /// <summary>Whether saving has to write this field: the merged value differs from what the database holds.</summary>
    public bool MustWrite => !IsConflict && !MergeValues.Same(Merged, Theirs);

    internal static FieldResult Of(string field, object? original, object? mine, object? theirs)
    {
        var changedByMe = !MergeValues.Same(original, mine);
        var changedByThem = !MergeValues.Same(original, theirs);
        var outcome = (changedByMe, changedByThem) switch
        {
            (false, false) => FieldOutcome.Unchanged,
            (true, false) => FieldOutcome.Mine,
            (false, true) => FieldOutcome.Theirs,
            _ => MergeValues.Same(mine, theirs) ? FieldOutcome.BothSame : FieldOutcome.Conflict,
        };
        var merged = outcome switch
        {
            FieldOutcome.Mine => mine,
            FieldOutcome.Conflict => null,
            _ => theirs,
        };
        return new FieldResult(field, outcome, original, mine, theirs, merged);
    }

    internal FieldResult ResolveWith(FieldChoice choice) => this with { Outcome = FieldOutcome.Resolved, Merged = choice.Pick(this) };
}
