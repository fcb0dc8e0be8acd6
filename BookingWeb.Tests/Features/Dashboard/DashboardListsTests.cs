using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Features.Dashboard;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Features.Dashboard;

/// <summary>The dashboard's cards: who arrives, leaves and stays, what is due, and how full the house is.</summary>
public class DashboardListsTests : ComponentTestContext
{
    private static readonly DateOnly Today = new(2026, 5, 12);

    [Fact]
    public void An_empty_list_says_so_under_its_heading()
    {
        var list = Render<StayList>(p => p.Add(l => l.Title, "Arrivals today").Add(l => l.EmptyText, "No arrivals today").Add(l => l.Stays, []));

        Assert.Equal("Arrivals today", list.Find("h2").Text());
        Assert.Contains("No arrivals today", list.Markup);
        Assert.Empty(list.FindAll("li"));
    }

    [Fact]
    public void Each_stay_shows_its_guest_and_room_and_links_to_its_booking_and_the_count_is_shown()
    {
        var list = Render<StayList>(p => p.Add(l => l.Title, "Departures today").Add(l => l.EmptyText, "No departures today")
            .Add(l => l.Today, Today)
            .Add(l => l.Stays, [Line(4, "RES-2026-0004", "Ada Lovelace", "12"), Line(9, "RES-2026-0009", "Grace Hopper", "31")]));

        Assert.Equal(["RES-2026-0004 Ada Lovelace Room 12", "RES-2026-0009 Grace Hopper Room 31"], list.FindAll("li").Select(li => li.Text()));
        Assert.Equal("/bookings/9", list.Links("RES-2026-0009").Single().GetAttribute("href"));
        Assert.Equal("2", list.Find("[data-count]").Text());
        Assert.DoesNotContain("No departures today", list.Markup);
    }

    [Fact]
    public void An_expected_guest_can_be_checked_in_or_marked_a_no_show_and_a_guest_who_is_in_checked_out_with_what_is_open()
    {
        StayAction? asked = null;
        var list = Render<StayList>(p => p.Add(l => l.Title, "Arrivals today").Add(l => l.EmptyText, "No arrivals today").Add(l => l.Today, Today)
            .Add(l => l.OnDeskAction, (StayAction action) => asked = action)
            .Add(l => l.Stays,
            [
                Line(4, "RES-2026-0004", "Ada Lovelace", "12", BookingStatus.Confirmed, Today),
                Line(5, "RES-2026-0005", "Grace Hopper", "14", BookingStatus.CheckedIn, Today.AddDays(-2)) with { Open = 120m },
                Line(6, "RES-2026-0006", "Alan Turing", "15", BookingStatus.Confirmed, Today.AddDays(1)),
            ]));

        Assert.Equal(["Check in", "No-show"], Buttons(list, "RES-2026-0004"));
        Assert.Equal(["Check out"], Buttons(list, "RES-2026-0005"));
        Assert.Equal($"{120m:C} open", list.Find("li[data-booking=RES-2026-0005] [data-testid=open-amount]").Text());
        Assert.Contains("Checked in", list.Find("li[data-booking=RES-2026-0005]").Text());
        Assert.Empty(Buttons(list, "RES-2026-0006")); // arrives tomorrow: nothing to do yet

        list.Find("button[aria-label='Check in RES-2026-0004']").Click();
        Assert.Equal((4, DeskAction.CheckIn), (asked!.Stay.BookingId, asked.Action));
    }

    private static StayLine Line(int id, string number, string guest, string room, BookingStatus status = BookingStatus.Confirmed, DateOnly? checkIn = null) =>
        new(id, number, guest, room, status, checkIn ?? Today.AddDays(1), (checkIn ?? Today.AddDays(1)).AddDays(3));

    private static IReadOnlyList<string> Buttons(IRenderedComponent<StayList> list, string reservation) =>
        list.FindAll($"li[data-booking={reservation}] button").Select(b => b.Text().Trim()).ToList();

    [Fact]
    public void Reminders_due_today_show_their_time_and_older_ones_say_they_are_overdue()
    {
        var dueToday = TestHotel.At(Today, 15, 30);
        var dueYesterday = TestHotel.At(Today.AddDays(-1), 9, 0);
        var list = Render<RemindersDueList>(p => p.Add(l => l.Today, Today).Add(l => l.Reminders,
        [
            new ReminderLine(1, 7, "RES-2026-0007", dueYesterday, "Call about the late arrival"),
            new ReminderLine(2, 8, "RES-2026-0008", dueToday, "Prepare the cot"),
        ]));

        var items = list.FindAll("li").Select(li => li.Text()).ToList();
        Assert.Equal($"RES-2026-0007 Overdue since {dueYesterday:d MMM HH:mm} Call about the late arrival", items[0]);
        Assert.Equal("RES-2026-0008 Today 15:30 Prepare the cot", items[1]);
        Assert.Single(list.FindAll(".overdue"));
        Assert.Equal("/bookings/8", list.Links("RES-2026-0008").Single().GetAttribute("href"));
    }

    [Fact]
    public void Reminders_switch_between_due_overdue_and_all_open_page_on_and_are_ticked_off_with_one_click()
    {
        var (filters, pages, done) = (new List<ReminderFilter>(), new List<int>(), new List<int>());
        var list = Render<RemindersDueList>(p => p.Add(l => l.Today, Today).Add(l => l.Count, 20).Add(l => l.Filter, ReminderFilter.All)
            .Add(l => l.FilterChanged, (ReminderFilter f) => filters.Add(f)).Add(l => l.PageChanged, (int page) => pages.Add(page))
            .Add(l => l.OnDone, (ReminderLine r) => done.Add(r.ReminderId))
            .Add(l => l.Reminders, [new ReminderLine(3, 9, "RES-2026-0009", TestHotel.At(Today.AddDays(2), 10, 0), "Flowers")]));

        Assert.Equal("Reminders", list.Find("h2").Text());
        Assert.Equal("true", list.Find("button[aria-pressed=true]").GetAttribute("aria-pressed"));
        Assert.Equal("All open", list.Find("button[aria-pressed=true]").Text().Trim());
        Assert.Contains($"due {TestHotel.At(Today.AddDays(2), 10, 0):d MMM HH:mm}", list.Find("li").Text());

        list.FindAll(".reminder-filters button").Single(b => b.Text().Trim() == "Overdue").Click();
        list.Find("button[aria-label='Done: Flowers']").Click();
        list.Find("button[aria-label='Page 2']").Click();

        Assert.Equal([ReminderFilter.Overdue], filters);
        Assert.Equal([3], done);
        Assert.Equal([1], pages);
    }

    [Fact]
    public void No_reminders_due_says_so()
    {
        var list = Render<RemindersDueList>(p => p.Add(l => l.Today, Today).Add(l => l.Reminders, []));

        Assert.Contains("No reminders due", list.Markup);
        Assert.Equal("0", list.Find("[data-count]").Text());
    }

    [Fact]
    public void Occupancy_shows_todays_share_of_rooms_and_a_bar_and_figure_for_each_night()
    {
        var days = Enumerable.Range(0, 8).Select(i => new OccupancyDay(Today.AddDays(i), OccupiedRooms: 8 - i, ActiveRooms: 10)).ToList();

        var outlook = Render<OccupancyOutlook>(p => p.Add(o => o.Days, days));

        Assert.Equal("80 % today · 8 of 10 rooms occupied", outlook.Find("[data-occupancy-today]").Text());
        var nights = outlook.FindAll("[aria-label='Occupancy by night'] li");
        Assert.Equal(8, nights.Count);
        Assert.Equal($"{Today.AddDays(1):ddd d MMM} 7/10 · 70 %", nights[1].Text());
        Assert.Equal("70", nights[1].QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Occupancy_without_active_rooms_asks_for_rooms_first()
    {
        var outlook = Render<OccupancyOutlook>(p => p.Add(o => o.Days, [new OccupancyDay(Today, 0, 0)]));

        Assert.Contains("No active rooms yet — add rooms first.", outlook.Markup);
        Assert.Empty(outlook.FindAll("li"));
    }
}
