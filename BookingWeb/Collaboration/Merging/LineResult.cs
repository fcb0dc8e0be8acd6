namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// One child line after a merge. <see cref="Merged"/> holds the line's values to keep, or null when the line
/// goes away. Against the database: insert when <see cref="MustInsert"/>, delete when <see cref="MustDelete"/>,
/// otherwise update <see cref="Fields"/>' FieldsToWrite.
/// </summary>
public sealed record LineResult(
    LineKey Key,
    LineOutcome Outcome,
    IReadOnlyDictionary<string, object?>? Original,
    IReadOnlyDictionary<string, object?>? Mine,
    IReadOnlyDictionary<string, object?>? Theirs,
    MergeResult? Fields,
    IReadOnlyDictionary<string, object?>? Merged)
{
    public bool IsConflict => Outcome is LineOutcome.RemovedByMeEditedByThem or LineOutcome.EditedByMeRemovedByThem
                              || Fields is { HasConflicts: true };

    public bool IsKept => Merged is not null;

    /// <summary>The line is kept but not in the database: added by me, or my edit kept over their removal.</summary>
    public bool MustInsert => !IsConflict && IsKept && Theirs is null;

    public bool MustDelete => !IsConflict && !IsKept && Theirs is not null;
}
