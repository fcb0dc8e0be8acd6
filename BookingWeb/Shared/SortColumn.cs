namespace BookingWeb.Shared;

/// <summary>A sortable column of a list: the name the sort uses, the header's text, and the header cell's class and style.</summary>
public sealed record SortColumn(string Name, string Title, string? Class = null, string? Style = null);
