using BookingWeb.Platform.Data;
using BookingWeb.Features.Calendar;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>
/// The tape chart names each room's row with its type, draws each stay from its arrival afternoon to its departure morning
/// as a link to the booking, counts the free rooms of every night and marks rooms out of order.
/// </summary>
public class TapeChartTests : ComponentTestContext
{
    private static readonly DateOnly Start = new(2026, 5, 11);

    private static CalendarWindow Window(params CalendarBar[] bars) => new(Start, 14,
        [new CalendarRoom(1, "31", "", RoomType.Single), new CalendarRoom(2, "32", "Garden suite", RoomType.Suite),
         new CalendarRoom(3, "33", "", RoomType.Double, OutOfOrder: true)], bars);

    private static CalendarBar Bar(int bookingId, int roomId, string lastName, int firstNight, int nights, BookingStatus status = BookingStatus.Confirmed,
        bool before = false, bool after = false) =>
        new(bookingId, roomId, $"RES-2026-{bookingId}", "Ada", lastName, status, Start.AddDays(firstNight), Start.AddDays(firstNight + nights),
            firstNight, nights, before, after, Version: 41);

    private IRenderedComponent<TapeChart> RenderChart(CalendarWindow window) =>
        Render<TapeChart>(p => p.Add(c => c.Window, window).Add(c => c.Today, Start.AddDays(3)));

    [Fact]
    public void Every_room_is_a_group_named_after_it_with_its_type_holding_its_own_stays_as_links_to_the_booking()
    {
        var chart = RenderChart(Window(Bar(7, 1, "Lovelace", 2, 3), Bar(8, 2, "Hopper", 0, 1)));

        var room31 = chart.Find("[role=group][aria-label='Room 31']");
        Assert.Equal("Single", room31.QuerySelector(".room-type")!.Text());
        var link = Assert.Single(room31.QuerySelectorAll("a"));
        Assert.Equal("Lovelace", link.Text().Trim());
        Assert.Equal("/bookings/7", link.GetAttribute("href"));
        Assert.StartsWith("RES-2026-7 · Ada Lovelace · Confirmed", link.GetAttribute("title"));
        Assert.Contains("status-confirmed", link.ClassList);
        Assert.Equal("Hopper", Assert.Single(chart.Find("[role=group][aria-label='Room 32 · Garden suite']").QuerySelectorAll("a")).Text().Trim());
    }

    [Fact]
    public void A_stay_runs_from_the_afternoon_of_its_arrival_to_the_morning_of_its_departure_so_back_to_back_stays_share_a_day()
    {
        var chart = RenderChart(Window(Bar(7, 1, "First", 2, 3), Bar(8, 1, "Second", 5, 2)));

        var first = chart.Find("a[data-booking='7']");
        var second = chart.Find("a[data-booking='8']");
        Assert.Contains("--from: 5; --halves: 6", first.GetAttribute("style")); // day 2's second half to day 5's first half
        Assert.Contains("--from: 11; --halves: 4", second.GetAttribute("style")); // starts on day 5's second half
        Assert.Equal((Start.AddDays(2).DayNumber.ToString(), Start.AddDays(5).DayNumber.ToString(), "41"),
            (first.GetAttribute("data-in"), first.GetAttribute("data-out"), first.GetAttribute("data-version")));
    }

    [Fact]
    public void Every_night_says_how_many_sellable_rooms_are_free_and_how_full_the_house_is()
    {
        var chart = RenderChart(Window(Bar(7, 1, "Lovelace", 2, 3), Bar(8, 2, "Hopper", 3, 1), Bar(9, 3, "Closed", 3, 1)));

        var heads = chart.FindAll(".day-head");
        Assert.Equal(14, heads.Count);
        Assert.Equal(("2", "0 %"), (heads[0].QuerySelector(".free")!.Text(), heads[0].QuerySelector(".occupancy")!.Text()));
        Assert.Equal(("0", "100 %"), (heads[3].QuerySelector(".free")!.Text(), heads[3].QuerySelector(".occupancy")!.Text()));
        Assert.Equal("Free rooms: 1 · occupied: 50 %", heads[2].GetAttribute("title"));
        Assert.Equal("date", heads[3].GetAttribute("aria-current"));
    }

    [Fact]
    public void A_room_out_of_order_says_so_and_takes_no_drop_or_new_booking()
    {
        var chart = RenderChart(Window());

        var closed = chart.Find("[role=group][aria-label='Room 33']");
        Assert.Contains("out-of-order", closed.ClassList);
        Assert.Equal("Out of order", closed.QuerySelector(".room-type")!.Text());
        Assert.True(closed.QuerySelector(".lane")!.HasAttribute("data-out-of-order"));
        Assert.False(chart.Find("[role=group][aria-label='Room 31'] .lane").HasAttribute("data-out-of-order"));
    }

    [Fact]
    public void A_stay_not_yet_begun_can_be_moved_and_resized_a_guest_in_the_house_only_stays_longer_or_shorter_and_a_past_stay_not_at_all()
    {
        var chart = RenderChart(Window(Bar(7, 1, "Coming", 2, 3), Bar(8, 2, "Staying", 0, 3, BookingStatus.CheckedIn, before: true),
            Bar(9, 3, "Gone", 0, 1, BookingStatus.CheckedOut)));

        Assert.Equal(2, chart.FindAll("a[data-booking='7'] .handle").Count);
        Assert.Equal("7", chart.Find("a[data-booking='7']").GetAttribute("data-handles"));
        var staying = chart.Find("a[data-booking='8']");
        Assert.Equal(("4", "end"), (staying.GetAttribute("data-handles"), staying.QuerySelector(".handle")!.ClassList.Last()));
        Assert.Contains("continues-before", staying.ClassList);
        var gone = chart.Find("a[data-booking='9']");
        Assert.Equal(("0", null), (gone.GetAttribute("data-handles"), gone.GetAttribute("aria-keyshortcuts")));
        Assert.Empty(gone.QuerySelectorAll(".handle"));
    }

    [Fact]
    public async Task What_the_script_reports_reaches_the_page_as_a_move_a_booking_request_or_a_keyboard_move()
    {
        var moves = new List<BookingWeb.Features.Bookings.Saving.StayMove>();
        var books = new List<BookingWeb.Features.Bookings.Saving.StayPlace>();
        var keyboard = new List<CalendarBar>();
        var chart = Render<TapeChart>(p => p.Add(c => c.Window, Window(Bar(7, 1, "Lovelace", 2, 3))).Add(c => c.Today, Start)
            .Add(c => c.OnMove, m => moves.Add(m)).Add(c => c.OnBook, b => books.Add(b)).Add(c => c.OnMoveWithKeyboard, b => keyboard.Add(b)));
        var day = Start.DayNumber;

        await chart.InvokeAsync(() => chart.Instance.Drop(7, 41, 1, day + 2, day + 5, 2, day + 4, day + 7));
        await chart.InvokeAsync(() => chart.Instance.StartBooking(2, day, day + 3));
        await chart.InvokeAsync(() => chart.Instance.OpenMoveDialog(7));

        var move = Assert.Single(moves);
        Assert.Equal((7, 41u, 1, Start.AddDays(2), 2, Start.AddDays(4), Start.AddDays(7)),
            (move.BookingId, move.SeenVersion, move.From.RoomId, move.From.CheckIn, move.To.RoomId, move.To.CheckIn, move.To.CheckOut));
        Assert.Equal((2, Start, Start.AddDays(3)), (books.Single().RoomId, books.Single().CheckIn, books.Single().CheckOut));
        Assert.Equal(7, keyboard.Single().BookingId);
    }

    [Fact]
    public void A_new_window_where_one_stay_changed_redraws_that_rooms_row_only()
    {
        var chart = RenderChart(Window(Bar(7, 1, "Lovelace", 2, 3), Bar(8, 2, "Hopper", 0, 1)));
        var rows = chart.FindComponents<TapeRow>();
        var before = rows.Select(r => r.RenderCount).ToArray();

        chart.Render(p => p.Add(c => c.Window, Window(Bar(7, 1, "Lovelace", 2, 4), Bar(8, 2, "Hopper", 0, 1))));

        Assert.Equal([before[0] + 1, before[1], before[2]], rows.Select(r => r.RenderCount));
        Assert.Contains("--halves: 8", chart.Find("a[data-booking='7']").GetAttribute("style"));
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
