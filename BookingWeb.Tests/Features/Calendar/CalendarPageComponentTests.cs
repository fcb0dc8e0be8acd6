using Microsoft.AspNetCore.Components;
using BookingWeb.Features.Calendar;
using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>The calendar page against a real database: the week shown follows the toolbar, rooms without stays say so.</summary>
public class CalendarPageComponentTests : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly ThisMonday = CalendarService.MondayOf(TestHotel.Today);
    private readonly DatabaseFixture _database;
    private readonly StayTestData _data;
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public CalendarPageComponentTests(DatabaseFixture database)
    {
        _database = database;
        _data = new StayTestData(database);
        Services.AddLogging();
        Services.AddSingleton(_feed);
        Services.AddSingleton(new CalendarService(database.ContextFactory));
        Services.AddSingleton(new BookingService(database.ContextFactory, TestHotel.Clock(), NullLogger<BookingService>.Instance));
    }

    public override Task InitializeAsync() => _data.ResetAsync();

    private IRenderedComponent<CalendarPage> RenderPage()
    {
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // on the circuit, where the chart is read
        Render<MudPopoverProvider>();
        var page = Render<CalendarPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=status]")), TimeSpan.FromSeconds(10));
        return page;
    }

    [Fact]
    public async Task Next_week_shows_the_stays_of_the_next_two_weeks_and_today_comes_back()
    {
        var room = await _data.AddRoomAsync("31");
        await _data.AddStayAsync(room, "Early", ThisMonday.AddDays(1), ThisMonday.AddDays(3));
        await _data.AddStayAsync(room, "Later", ThisMonday.AddDays(15), ThisMonday.AddDays(17));
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(page.Links("Early")));
        Assert.Empty(page.Links("Later"));

        await page.InvokeAsync(() => page.Button("Next week").Click());
        page.WaitForAssertion(() => Assert.Single(page.Links("Later")));
        Assert.Equal($"{ThisMonday.AddDays(7):ddd d MMM yyyy} – {ThisMonday.AddDays(20):ddd d MMM yyyy}", page.Find("[data-calendar-range]").Text());
        Assert.Empty(page.Links("Early"));

        await page.InvokeAsync(() => page.Button("Today").Click());
        page.WaitForAssertion(() => Assert.Single(page.Links("Early")));
        Assert.Empty(page.Links("Later"));
    }

    [Fact]
    public async Task A_week_without_bookings_says_so_and_a_hotel_without_rooms_points_to_the_rooms_page()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("No active rooms yet", page.Markup));
        Assert.Equal("/rooms", page.Links("Go to rooms").Single().GetAttribute("href"));

        await _data.AddRoomAsync("31");
        await page.InvokeAsync(() => page.Button("Previous week").Click());

        page.WaitForAssertion(() => Assert.Contains("No bookings in these 14 days.", page.Markup));
        Assert.NotNull(page.Find("[role=group][aria-label='Room 31']"));
    }

    [Fact]
    public void When_the_database_cannot_be_read_it_says_so_and_offers_to_try_again()
    {
        Services.AddSingleton(new CalendarService(UnreachableDatabase.For(_database)));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("The calendar could not be loaded.", page.Markup), TimeSpan.FromSeconds(10));
        Assert.NotNull(page.Button("Try again"));
        Assert.Empty(page.FindAll("[role=group][data-room]"));
    }

    protected override void TearDown() => _feed.Dispose();
}
