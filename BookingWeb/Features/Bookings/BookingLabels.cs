using BookingWeb.Platform.Data;
using BookingWeb.Texts;
using MudBlazor;

namespace BookingWeb.Features.Bookings;

/// <summary>How bookings name (in the page's language) and colour statuses, payment states, room types and discount kinds.</summary>
public static class BookingLabels
{
    public static string Of(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => BookingTexts.StatusTentative,
        BookingStatus.Confirmed => BookingTexts.StatusConfirmed,
        BookingStatus.CheckedIn => BookingTexts.StatusCheckedIn,
        BookingStatus.CheckedOut => BookingTexts.StatusCheckedOut,
        BookingStatus.Cancelled => BookingTexts.StatusCancelled,
        BookingStatus.NoShow => BookingTexts.StatusNoShow,
        _ => status.ToString(),
    };

    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.Unpaid => BookingTexts.PaymentUnpaid,
        PaymentStatus.PartiallyPaid => BookingTexts.PaymentPartiallyPaid,
        PaymentStatus.Paid => BookingTexts.PaymentPaid,
        PaymentStatus.Refunded => BookingTexts.PaymentRefunded,
        _ => status.ToString(),
    };

    public static string Of(DiscountKind kind) => kind == DiscountKind.Percent ? BookingTexts.DiscountPercent : BookingTexts.DiscountFixedAmount;

    /// <summary>The hotel's currency symbol, as the culture of this page carries it ("€").</summary>
    public static string Currency => System.Globalization.CultureInfo.CurrentCulture.NumberFormat.CurrencySymbol;

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
