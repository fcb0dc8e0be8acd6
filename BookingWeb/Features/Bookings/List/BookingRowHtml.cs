using System.Globalization;
using System.Text;
using BookingWeb.Texts;
using static System.Net.WebUtility;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// One bookings-list row as HTML, every value encoded. The list renders each row as one markup string: memory per
/// open page (issues 13 and 18), since every render-tree frame, attribute and event handler costs each circuit twice
/// (current and previous tree). A click on the row (outside its link) opens the booking in the browser: the table's
/// data-row-links (wwwroot/BookingWeb.lib.module.js) follows the row's link.
/// </summary>
public static class BookingRowHtml
{
    /// <param name="booking">The row's booking.</param>
    /// <param name="editing">"Anna is editing", when someone else has the booking open; otherwise null.</param>
    /// <param name="changed">True while the row flashes after a live change (data-live-changed).</param>
    public static string Row(BookingListItem booking, string? editing, bool changed)
    {
        var culture = CultureInfo.CurrentCulture;
        var dateDisplay = BookingTexts.ListDateFormat; // "1 Jul 2026" in English, "01.07.2026" in German
        var html = new StringBuilder(700)
            .Append("<tr data-booking-id=\"").Append(booking.Id.ToString(CultureInfo.InvariantCulture)).Append('"')
            .Append(changed ? " data-live-changed>" : ">")
            .Append("<td><a href=\"bookings/").Append(booking.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(HtmlEncode(booking.ReservationNumber)).Append("</a>");
        if (editing is not null)
            html.Append("<span class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-info list-presence\" data-presence>")
                .Append(HtmlEncode(editing)).Append("</span>");
        return html.Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.GuestName)).Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.RoomNumber)).Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.CheckIn.ToString(dateDisplay, culture))).Append("</td>")
            .Append("<td>").Append(HtmlEncode(booking.CheckOut.ToString(dateDisplay, culture))).Append("</td>")
            .Append("<td class=\"money\">").Append(booking.Nights.ToString(culture)).Append("</td>")
            .Append("<td>").Append(BookingStatusBadge.Html(booking.Status)).Append("</td>")
            .Append("<td>").Append(HtmlEncode(BookingLabels.Of(booking.PaymentStatus))).Append("</td>")
            .Append("<td class=\"money\">").Append(HtmlEncode(booking.GrandTotal.ToString("N2", culture))).Append("</td>")
            .Append("</tr>")
            .ToString();
    }
}
