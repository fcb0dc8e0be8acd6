using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>A bookings-list row's cells, rendered as one piece of HTML: what was typed shows as text, never as markup.</summary>
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
        var html = BookingRowHtml.Cells(Row);

        Assert.Contains("&lt;b&gt;O&#39;Neil&lt;/b&gt;, Ann &amp; Bo", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void The_cells_show_the_stay_the_nights_the_status_chip_and_the_total()
    {
        var html = BookingRowHtml.Cells(Row);

        Assert.Equal(8, html.Split("<td").Length - 1);
        Assert.Contains(">3</td>", html);
        Assert.Contains("data-status=\"CheckedIn\"", html);
        Assert.Contains("Checked in", html);
        Assert.Contains(1234.5m.ToString("N2"), html);
    }
}
