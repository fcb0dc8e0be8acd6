using BookingWeb.Texts;

namespace BookingWeb.Features.Guests;

/// <summary>
/// What the merge dialog asks about: the guest kept, the other guest merged into them, how many bookings move and the
/// reservation numbers of the first few of them (by arrival).
/// </summary>
public sealed record GuestMergePlan(int KeepId, string KeepName, int OtherId, string OtherName, int Bookings, IReadOnlyList<string> ReservationNumbers)
{
    /// <summary>How many bookings the question names; past that it counts the rest.</summary>
    public const int Named = 5;

    /// <summary>"no bookings", "1 booking (RES-2027-0001)", "7 bookings (RES-…, … and 2 more)".</summary>
    public string MovingBookings => ReservationNumbers.Count == 0 ? GuestService.Bookings(Bookings)
        : Bookings > ReservationNumbers.Count
            ? string.Format(GuestTexts.BookingsNamedAndMore, GuestService.Bookings(Bookings), string.Join(", ", ReservationNumbers), Bookings - ReservationNumbers.Count)
            : string.Format(GuestTexts.BookingsNamed, GuestService.Bookings(Bookings), string.Join(", ", ReservationNumbers));
}

/// <summary>How a merge ended: <see cref="Merged"/>, or the sentence saying why nothing changed.</summary>
public sealed record GuestMergeResult(bool Merged, string Message);
