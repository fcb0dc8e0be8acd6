namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// A tracked entity merged against the database after a concurrency conflict. When <see cref="Applied"/>, the
/// entry holds the merged values and the database's version: save again. Otherwise show the conflicts (or the
/// deletion); a later save of the resolved values goes against <see cref="DatabaseVersion"/>.
/// </summary>
public sealed record EntityMerge(MergeResult Result, uint? DatabaseVersion)
{
    public bool Applied => Result.CanSave;
}
