using System.Globalization;
using System.Text;
using BookingWeb.Texts;
using static System.Net.WebUtility;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// The cells of one bookings-list row as HTML, every value encoded. The list renders each row's cells as one markup
/// string: memory per open page (issue 13), since every render-tree frame costs each circuit twice (current and
/// previous tree).
/// </summary>
public static class BookingRowHtml
{
    /// <summary>Every cell after the reservation number's (which stays a Blazor link, so that its click does not also open the row).</summary>
    public static string Cells(BookingListItem booking)
    {
        var culture = CultureInfo.CurrentCulture;
        var dateDisplay = BookingTexts.ListDateFormat; // "1 Jul 2026" in English, "01.07.2026" in German
        return new StringBuilder(560)
            .Append("<td>").Append(HtmlEncode(booking.GuestName)).Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.RoomNumber)).Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.CheckIn.ToString(dateDisplay, culture))).Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.CheckOut.ToString(dateDisplay, culture))).Append("</td>")
            .Append("<td class=\"money\">").Append(booking.Nights.ToString(culture)).Append("</td>")
            .Append("<td>").Append(BookingStatusBadge.Html(booking.Status)).Append("</td>")
            .Append("<td>").Append(HtmlEncode(BookingLabels.Of(booking.PaymentStatus))).Append("</td>")
            .Append("<td class=\"money\">").Append(HtmlEncode(booking.GrandTotal.ToString("N2", culture))).Append("</td>")
            .ToString();
    }
}
