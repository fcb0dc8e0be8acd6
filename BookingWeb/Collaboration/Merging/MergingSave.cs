namespace BookingWeb.Collaboration.Merging;

/// <summary>What a save that merges on conflict ends in.</summary>
public abstract record MergingSave
{
    /// <summary>Saved; <paramref name="Merged"/> is null when nobody else had saved meanwhile.</summary>
    public sealed record Saved(MergeResult? Merged) : MergingSave;

    /// <summary>Both sides changed some fields differently; nothing was saved.</summary>
    public sealed record Conflicted(MergeResult Merge, uint DatabaseVersion) : MergingSave;

    /// <summary>Someone deleted the record; nothing was saved. <c>Merge.Mine</c> holds the user's copy.</summary>
    public sealed record DeletedMeanwhile(MergeResult Merge) : MergingSave;
}
