using BookingWeb.Platform.Data;
using BookingWeb.Shared;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// What the bookings list is narrowed to. <see cref="Search"/> matches reservation number, guest first or last name
/// or e-mail; every word must match somewhere. The stay range is inclusive and matches a booking with at least one
/// night in it (a guest who leaves on <see cref="StayFrom"/> has no night there).
/// </summary>
public sealed record BookingFilter
{
    public string? Search { get; init; }
    public IReadOnlyList<BookingStatus> Statuses { get; init; } = [];
    public DateOnly? StayFrom { get; init; }
    public DateOnly? StayTo { get; init; }

    public static BookingFilter None { get; } = new();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Search) && Statuses.Count == 0 && StayFrom is null && StayTo is null;

    public SearchWords SearchWords => SearchWords.Of(Search);

    public bool Equals(BookingFilter? other) =>
        other is not null && string.Equals(Search?.Trim() ?? "", other.Search?.Trim() ?? "", StringComparison.Ordinal)
        && Statuses.Order().SequenceEqual(other.Statuses.Order())
        && StayFrom == other.StayFrom && StayTo == other.StayTo;

    public override int GetHashCode() => HashCode.Combine(Search?.Trim() ?? "", Statuses.Count, StayFrom, StayTo);
}

/// <summary>A column of <see cref="BookingListItem"/> to order by; unknown columns fall back to the default.</summary>
public sealed record BookingSort(string Column, bool Descending)
{
    public static BookingSort Default { get; } = new(nameof(BookingListItem.CheckIn), Descending: true);
}
