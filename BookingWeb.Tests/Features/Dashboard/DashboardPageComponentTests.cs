using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Features.Dashboard;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Dashboard;

/// <summary>The dashboard against a real database: today's heading, the cards, and Refresh reading again.</summary>
public class DashboardPageComponentTests : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;
    private readonly StayTestData _data;
    private readonly Microsoft.EntityFrameworkCore.IDbContextFactory<BookingWeb.Platform.Data.BookingDbContext> _unreachable;
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public DashboardPageComponentTests(DatabaseFixture database)
    {
        _data = new StayTestData(database);
        _unreachable = UnreachableDatabase.For(database);
        Services.AddLogging();
        Services.AddSingleton(_feed);
        Services.AddSingleton(new DashboardService(database.ContextFactory, TestHotel.Clock()));
        Services.AddScoped<BookingWeb.Platform.Identity.StaffSession>();
        Services.AddSingleton(new BookingService(database.ContextFactory, TestHotel.Clock(), NullLogger<BookingService>.Instance));
    }

    public override Task InitializeAsync() => _data.ResetAsync();

    [Fact]
    public async Task Shows_todays_arrivals_and_refresh_reads_new_ones()
    {
        var room = await _data.AddRoomAsync("12");
        var first = await _data.AddStayAsync(room, "First", Today, Today.AddDays(2));

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal([first.ReservationNumber], LinksIn(page, "Arrivals today")), TimeSpan.FromSeconds(10));
        Assert.Empty(LinksIn(page, "In house")); // arriving today, not checked in yet
        Assert.Equal($"Today, {Today:dddd d MMMM yyyy}", page.Find("h1").Text());
        Assert.Equal(["Arrivals today", "Departures today", "In house", "Occupancy", "Reminders due"], page.FindAll("h2").Select(h => h.Text()));
        Assert.Contains("No departures today", page.Markup);
        Assert.Contains("No reminders due", page.Markup);

        var second = await _data.AddStayAsync(await _data.AddRoomAsync("14"), "Second", Today, Today.AddDays(1));
        await page.InvokeAsync(() => page.Button("Refresh").Click());

        page.WaitForAssertion(() => Assert.Equal([first.ReservationNumber, second.ReservationNumber], LinksIn(page, "Arrivals today")),
            TimeSpan.FromSeconds(10));
        Assert.Contains("2 of 2 rooms occupied", page.Markup);
    }

    [Fact]
    public void When_the_database_cannot_be_read_it_says_so_and_offers_to_try_again()
    {
        Services.AddSingleton(new DashboardService(_unreachable, TestHotel.Clock()));

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("Today's overview could not be loaded.", page.Markup), TimeSpan.FromSeconds(10));
        Assert.NotNull(page.Button("Try again"));
        Assert.Empty(page.FindAll("h2"));
    }

    private static IEnumerable<string> LinksIn(IRenderedComponent<DashboardPage> page, string card) =>
        page.FindAll("section").Single(s => s.QuerySelector("h2")!.Text() == card).QuerySelectorAll("a").Select(a => a.Text());

    protected override void TearDown() => _feed.Dispose();
}
