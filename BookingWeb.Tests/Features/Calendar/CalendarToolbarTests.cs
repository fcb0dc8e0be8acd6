using System.Globalization;
using BookingWeb.Features.Calendar;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using MudBlazor;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>The calendar's toolbar moves the window a week at a time, back to this week, or to the week of a picked date.</summary>
public class CalendarToolbarTests : ComponentTestContext
{
    private static readonly DateOnly Monday = new(2026, 5, 11);
    private static readonly DateOnly Today = new(2026, 5, 28); // a Thursday, two weeks later
    private readonly List<DateOnly> _navigatedTo = [];

    private IRenderedComponent<CalendarToolbar> RenderToolbar()
    {
        Render<MudPopoverProvider>();
        return Render<CalendarToolbar>(p => p
            .Add(t => t.Start, Monday)
            .Add(t => t.Days, 14)
            .Add(t => t.Today, Today)
            .Add(t => t.OnNavigate, date => _navigatedTo.Add(date)));
    }

    [Fact]
    public void Shows_the_first_and_last_day_of_the_window()
    {
        var toolbar = RenderToolbar();

        Assert.Equal($"{Monday:ddd d MMM yyyy} – {Monday.AddDays(13):ddd d MMM yyyy}", toolbar.Find("[data-calendar-range]").Text());
    }

    [Fact]
    public void Previous_and_next_week_move_the_window_by_seven_days()
    {
        var toolbar = RenderToolbar();

        toolbar.Button("Previous week").Click();
        toolbar.Button("Next week").Click();

        Assert.Equal([Monday.AddDays(-7), Monday.AddDays(7)], _navigatedTo);
    }

    [Fact]
    public void Today_goes_to_the_monday_of_this_week()
    {
        var toolbar = RenderToolbar();

        toolbar.Button("Today").Click();

        Assert.Equal([new DateOnly(2026, 5, 25)], _navigatedTo);
    }

    [Fact]
    public void Typing_a_whole_date_to_jump_to_shows_the_week_holding_it()
    {
        var toolbar = RenderToolbar();
        var picked = new DateTime(2027, 6, 10); // a Thursday

        toolbar.InputLabelled("Jump to date").Input(picked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        toolbar.WaitForAssertion(() => Assert.Equal([new DateOnly(2027, 6, 7)], _navigatedTo));
    }
}
