namespace BookingWeb.Shared;

/// <summary>
/// The column a list is ordered by. A list's header buttons (<see cref="SortHeaders"/>) toggle it: a new column sorts
/// ascending first, the same column again flips the direction.
/// </summary>
public sealed record ListSort(string Column, bool Descending = false)
{
    public ListSort Toggle(string column) =>
        string.Equals(column, Column, StringComparison.Ordinal) ? this with { Descending = !Descending } : new ListSort(column);

    /// <summary>The header's aria-sort: whether this list is ordered by <paramref name="column"/>, and how.</summary>
    public string AriaSortOf(string column) =>
        !string.Equals(column, Column, StringComparison.Ordinal) ? "none" : Descending ? "descending" : "ascending";
}
