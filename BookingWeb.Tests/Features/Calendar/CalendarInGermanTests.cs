using BookingWeb.Platform.Data;
using BookingWeb.Features.Calendar;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Shared;
using Bunit;
using MudBlazor;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>The calendar for a German-speaking person: German day and month names, German words, dates typed the German way.</summary>
public class CalendarInGermanTests : ComponentTestContext
{
    private static readonly DateOnly Monday = new(2026, 5, 11);
    private readonly List<DateOnly> _navigatedTo = [];

    private IRenderedComponent<CalendarToolbar> RenderToolbar()
    {
        Render<MudPopoverProvider>();
        return Render<CalendarToolbar>(p => p
            .Add(t => t.Start, Monday)
            .Add(t => t.Days, 14)
            .Add(t => t.Today, Monday.AddDays(3))
            .Add(t => t.OnNavigate, date => _navigatedTo.Add(date)));
    }

    [Fact]
    public void The_toolbar_names_the_window_and_its_buttons_in_german()
    {
        using var german = new InGerman();

        var toolbar = RenderToolbar();

        Assert.Equal("Mo, 11. Mai 2026 – So, 24. Mai 2026", toolbar.Find("[data-calendar-range]").TextContent.Trim());
        Assert.NotNull(toolbar.Button("Vorherige Woche"));
        Assert.NotNull(toolbar.Button("Heute"));
        Assert.NotNull(toolbar.Button("Nächste Woche"));
        Assert.Equal("TT.MM.JJJJ", toolbar.InputLabelled("Springen zu Datum").GetAttribute("placeholder"));
    }

    [Fact]
    public void A_date_typed_day_first_jumps_to_the_week_holding_it()
    {
        using var german = new InGerman();
        var toolbar = RenderToolbar();

        toolbar.InputLabelled("Springen zu Datum").Input("04.12.2030"); // a Wednesday

        toolbar.WaitForAssertion(() => Assert.Equal([new DateOnly(2030, 12, 2)], _navigatedTo));
    }

    [Fact]
    public void A_date_that_does_not_parse_gets_a_message_keeps_what_was_typed_and_moves_nothing()
    {
        using var german = new InGerman();
        var toolbar = RenderToolbar();

        toolbar.InputLabelled("Springen zu Datum").Input("20.01.2030x");

        toolbar.WaitForAssertion(() => Assert.NotEmpty(toolbar.FindAll(".mud-input-error")));
        Assert.Equal("20.01.2030x", toolbar.InputLabelled("Springen zu Datum").GetAttribute("value"));
        Assert.Empty(_navigatedTo);
    }

    [Fact]
    public void The_grid_and_legend_use_german_day_month_and_status_names()
    {
        using var german = new InGerman();
        var window = new CalendarWindow(Monday, 14, [new CalendarRoom(1, "31", "Gartensuite")],
            [new CalendarBar(7, 1, "RES-2026-7", "Ada", "Lovelace", BookingStatus.CheckedIn, Monday, Monday.AddDays(2), 0, 2, false, false)]);

        var grid = Render<TapeChart>(p => p.Add(g => g.Window, window).Add(g => g.Today, Monday.AddDays(1)));
        var legend = Render<CalendarLegend>();

        Assert.Equal("Zimmer", grid.Find(".tape-header .room-column").TextContent.Trim());
        Assert.Equal("Di", grid.Find("[aria-current=date] .weekday").TextContent.Trim());
        Assert.Equal("12. Mai", grid.Find("[aria-current=date] .day-number").TextContent.Trim());
        Assert.Equal("RES-2026-7 · Ada Lovelace · Eingecheckt · Mo, 11. Mai – Mi, 13. Mai",
            grid.Find("[role=group][aria-label='Zimmer 31 · Gartensuite'] a").GetAttribute("title"));
        Assert.Equal(["Vorläufig", "Bestätigt", "Eingecheckt", "Ausgecheckt", "Heute", "Wochenende"],
            legend.FindAll("li").Select(l => l.TextContent.Trim()));
    }
}
