using BookingWeb.Platform.Data;
using BookingWeb.Features.Calendar;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>The grid names each room's row, puts each stay on its nights as a link to the booking, and the legend explains the colours.</summary>
public class CalendarGridTests : ComponentTestContext
{
    private static readonly DateOnly Start = new(2026, 5, 11);

    private static CalendarWindow Window(params CalendarBar[] bars) => new(Start, 14,
        [new CalendarRoom(1, "31", ""), new CalendarRoom(2, "32", "Garden suite")], bars);

    private static CalendarBar Bar(int bookingId, int roomId, string lastName, int firstNight, int nights, BookingStatus status = BookingStatus.Confirmed,
        bool before = false, bool after = false) =>
        new(bookingId, roomId, $"RES-2026-{bookingId}", "Ada", lastName, status, Start.AddDays(firstNight), Start.AddDays(firstNight + nights),
            firstNight, nights, before, after);

    [Fact]
    public void Every_room_is_a_group_named_after_it_holding_its_own_stays_as_links_to_the_booking()
    {
        var grid = Render<CalendarGrid>(p => p.Add(g => g.Window, Window(Bar(7, 1, "Lovelace", 2, 3), Bar(8, 2, "Hopper", 0, 1)))
            .Add(g => g.Today, Start.AddDays(3)));

        var room31 = grid.Find("[role=group][aria-label='Room 31']");
        var link = Assert.Single(room31.QuerySelectorAll("a"));
        Assert.Equal("Lovelace", link.Text());
        Assert.Equal("/bookings/7", link.GetAttribute("href"));
        Assert.StartsWith("Lovelace: RES-2026-7 · Ada Lovelace · Confirmed", link.GetAttribute("aria-label"));
        Assert.Contains("grid-column: 4 / span 3", link.GetAttribute("style"));
        Assert.Equal("Hopper", Assert.Single(grid.Find("[role=group][aria-label='Room 32 · Garden suite']").QuerySelectorAll("a")).Text());
    }

    [Fact]
    public void Today_is_marked_in_the_header_and_stays_running_past_the_window_say_so()
    {
        var grid = Render<CalendarGrid>(p => p.Add(g => g.Window, Window(Bar(9, 1, "Long", 0, 14, BookingStatus.CheckedIn, before: true, after: true)))
            .Add(g => g.Today, Start.AddDays(3)));

        Assert.Contains(Start.AddDays(3).ToString("d MMM"), grid.Find("[aria-current=date]").TextContent);
        var bar = grid.Find("a.bar");
        Assert.Contains("continues-before", bar.ClassList);
        Assert.Contains("continues-after", bar.ClassList);
        Assert.Contains("Checked in", bar.GetAttribute("title"));
    }

    [Fact]
    public void The_legend_names_every_status_shown_plus_today_and_weekends()
    {
        var legend = Render<CalendarLegend>();

        var entries = legend.FindAll("[aria-label=Legend] li").Select(li => li.Text());
        Assert.Equal(["Tentative", "Confirmed", "Checked in", "Checked out", "Today", "Weekend"], entries);
        Assert.Contains("--status-checkedin-bg", legend.FindAll(".swatch")[2].GetAttribute("style"));
    }
}
