namespace BookingWeb.Collaboration.Merging;

/// <summary>What a three-way merge made of one child line.</summary>
public enum LineOutcome
{
    Unchanged,
    /// <summary>Edited by one side or both; see the line's field merge for who changed what, and whether it conflicts.</summary>
    Edited,
    AddedByMe,
    AddedByThem,
    RemovedByMe,
    RemovedByThem,
    RemovedByBoth,
    /// <summary>A conflict: I removed the line, they edited it.</summary>
    RemovedByMeEditedByThem,
    /// <summary>A conflict: I edited the line, they removed it.</summary>
    EditedByMeRemovedByThem,
    /// <summary>Was a conflict; the user settled it.</summary>
    Resolved,
}
