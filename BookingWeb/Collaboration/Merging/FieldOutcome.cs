namespace BookingWeb.Collaboration.Merging;

/// <summary>What a three-way merge made of one field.</summary>
public enum FieldOutcome
{
    /// <summary>Nobody changed it.</summary>
    Unchanged,
    /// <summary>Only I changed it: my value is saved.</summary>
    Mine,
    /// <summary>Only they changed it: their value is kept.</summary>
    Theirs,
    /// <summary>Both changed it to the same value.</summary>
    BothSame,
    /// <summary>Both changed it to different values: the user has to choose.</summary>
    Conflict,
    /// <summary>Was a conflict; the user chose mine, theirs or typed a new value.</summary>
    Resolved,
}
