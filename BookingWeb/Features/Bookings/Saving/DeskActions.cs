using BookingWeb.Platform.Data;
using BookingWeb.Texts;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>The front desk's one-click changes of a stay: check a guest in, check them out, or record that they never came.</summary>
public enum DeskAction { CheckIn, CheckOut, NoShow }

public static class DeskActions
{
    public static BookingStatus Status(this DeskAction action) => action switch
    {
        DeskAction.CheckIn => BookingStatus.CheckedIn,
        DeskAction.CheckOut => BookingStatus.CheckedOut,
        _ => BookingStatus.NoShow,
    };

    public static string Label(this DeskAction action) => action switch
    {
        DeskAction.CheckIn => BookingTexts.DeskCheckIn,
        DeskAction.CheckOut => BookingTexts.DeskCheckOut,
        _ => BookingTexts.DeskNoShow,
    };

    /// <summary>
    /// What the desk can do with a stay today: from the arrival day on, an expected guest is checked in (while the stay
    /// lasts) or marked a no-show; a guest who is in is checked out. Nothing before the arrival day.
    /// </summary>
    public static IReadOnlyList<DeskAction> For(BookingStatus status, DateOnly checkIn, DateOnly checkOut, DateOnly today) => status switch
    {
        BookingStatus.Tentative or BookingStatus.Confirmed when checkIn <= today && today < checkOut => [DeskAction.CheckIn, DeskAction.NoShow],
        BookingStatus.Tentative or BookingStatus.Confirmed when checkIn <= today => [DeskAction.NoShow],
        BookingStatus.CheckedIn => [DeskAction.CheckOut],
        _ => [],
    };

    /// <summary>The toast once done: "RES-2026-0124 checked out; €120.00 is still open."</summary>
    public static string Done(this DeskAction action, string reservationNumber, decimal open) => action switch
    {
        DeskAction.CheckIn => string.Format(BookingTexts.DeskCheckedIn, reservationNumber),
        DeskAction.CheckOut when open > 0 => string.Format(BookingTexts.DeskCheckedOutOpen, reservationNumber, open.ToString("C")),
        DeskAction.CheckOut => string.Format(BookingTexts.DeskCheckedOut, reservationNumber),
        _ => string.Format(BookingTexts.DeskMarkedNoShow, reservationNumber),
    };
}
