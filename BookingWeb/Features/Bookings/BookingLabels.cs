using BookingWeb.Data;
using Radzen;

namespace BookingWeb.Features.Bookings;

/// <summary>How bookings name and colours statuses.</summary>
public static class BookingLabels
{
    public static string Of(BookingStatus status) => status switch
    {
        BookingStatus.CheckedIn => "Checked in",
        BookingStatus.CheckedOut => "Checked out",
        BookingStatus.NoShow => "No-show",
        _ => status.ToString(),
    };

    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.PartiallyPaid => "Partially paid",
        _ => status.ToString(),
    };

    public static BadgeStyle StyleOf(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => BadgeStyle.Warning,
        BookingStatus.Confirmed => BadgeStyle.Info,
        BookingStatus.CheckedIn => BadgeStyle.Success,
        BookingStatus.CheckedOut => BadgeStyle.Base,
        BookingStatus.Cancelled => BadgeStyle.Danger,
        _ => BadgeStyle.Dark,
    };
}
