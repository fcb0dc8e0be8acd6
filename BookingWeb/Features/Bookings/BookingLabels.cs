using BookingWeb.Data;
using MudBlazor;

namespace BookingWeb.Features.Bookings;

/// <summary>How bookings name and colour statuses.</summary>
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

    /// <summary>The status chip's colour.</summary>
    public static Color ColorOf(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => Color.Warning,
        BookingStatus.Confirmed => Color.Info,
        BookingStatus.CheckedIn => Color.Success,
        BookingStatus.CheckedOut => Color.Default,
        BookingStatus.Cancelled => Color.Error,
        _ => Color.Dark,
    };
}
