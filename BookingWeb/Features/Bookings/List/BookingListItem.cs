using BookingWeb.Platform.Data;

namespace BookingWeb.Features.Bookings.List;

/// <summary>One row of the bookings list: only what the grid shows, projected in SQL.</summary>
public sealed record BookingListItem
{
    public int Id { get; init; }
    public string ReservationNumber { get; init; } = "";
    public string GuestLastName { get; init; } = "";
    public string GuestFirstName { get; init; } = "";
    public string RoomNumber { get; init; } = "";
    public DateOnly CheckIn { get; init; }
    public DateOnly CheckOut { get; init; }
    public BookingStatus Status { get; init; }
    public PaymentStatus PaymentStatus { get; init; }

    /// <summary>Discounted total from <see cref="BookingTotals.Calculate"/>; filled in for the visible page only.</summary>
    public decimal GrandTotal { get; init; }

    public int Nights => CheckOut.DayNumber - CheckIn.DayNumber;

    public string GuestName => string.IsNullOrWhiteSpace(GuestFirstName) ? GuestLastName : $"{GuestLastName}, {GuestFirstName}";
}

/// <summary>A page of rows plus how many rows match in all, for the pager.</summary>
public sealed record BookingListPage(IReadOnlyList<BookingListItem> Items, int TotalCount);
