using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>A bookings-list row, rendered as one piece of HTML: what was typed shows as text, never as markup.</summary>
public class BookingRowHtmlTests
{
    private static readonly BookingListItem Row = new()
    {
        Id = 7, ReservationNumber = "RES-1", GuestLastName = "<b>O'Neil</b>", GuestFirstName = "Ann & Bo", RoomNumber = "12",
        CheckIn = new DateOnly(2026, 7, 1), CheckOut = new DateOnly(2026, 7, 4), Status = BookingStatus.CheckedIn, GrandTotal = 1234.5m,
    };

    [Fact]
    public void A_guest_name_with_markup_characters_shows_as_typed()
    {
        var html = BookingRowHtml.Row(Row, editing: null, changed: false);

        Assert.Contains("&lt;b&gt;O&#39;Neil&lt;/b&gt;, Ann &amp; Bo", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void The_cells_show_the_stay_the_nights_the_status_chip_and_the_total()
    {
        var html = BookingRowHtml.Row(Row, editing: null, changed: false);

        Assert.Equal(9, html.Split("<td").Length - 1);
        Assert.Contains(">3</td>", html);
        Assert.Contains("data-status=\"CheckedIn\"", html);
        Assert.Contains("Checked in", html);
        Assert.Contains(1234.5m.ToString("N2"), html);
    }

    [Fact]
    public void The_row_links_to_its_booking_and_carries_its_id()
    {
        var html = BookingRowHtml.Row(Row, editing: null, changed: false);

        Assert.StartsWith("<tr data-booking-id=\"7\"><td><a href=\"bookings/7\">RES-1</a></td>", html);
        Assert.EndsWith("</td></tr>", html);
        Assert.DoesNotContain("data-live-changed", html);
        Assert.DoesNotContain("data-presence", html);
    }

    [Fact]
    public void A_row_someone_else_edits_shows_who_and_a_changed_row_is_flagged()
    {
        var html = BookingRowHtml.Row(Row, editing: "<i>Anna</i> is editing", changed: true);

        Assert.StartsWith("<tr data-booking-id=\"7\" data-live-changed>", html);
        Assert.Contains("data-presence>&lt;i&gt;Anna&lt;/i&gt; is editing</span></td>", html);
    }
}
