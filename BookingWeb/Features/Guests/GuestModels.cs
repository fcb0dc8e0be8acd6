using BookingWeb.Platform.Data;

namespace BookingWeb.Features.Guests;

/// <summary>What the /guests grid asks for: a search text, a sort and a page window.</summary>
public sealed record GuestQuery(string? Search, GuestSort Sort, bool Descending, int Skip, int Take);

public enum GuestSort { Name, Email, Phone, City, Country }

public sealed record GuestRow(int Id, string FirstName, string LastName, string? Email, string? Phone, string? City, string? Country)
{
    public string Name => $"{LastName}, {FirstName}";
}

public sealed record GuestPage(IReadOnlyList<GuestRow> Rows, int Count);

/// <summary>An entry of the booking editor's guest picker.</summary>
public sealed record GuestOption(int Id, string Display);

public sealed record GuestBookingRow(
    int Id, string ReservationNumber, string RoomNumber, DateOnly CheckIn, DateOnly CheckOut, BookingStatus Status, decimal GrandTotal);
