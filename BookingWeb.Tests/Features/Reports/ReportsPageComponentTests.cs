using BookingWeb.Collaboration.Live;
using BookingWeb.Features.Reports;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Localization;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Reports;

/// <summary>The reports page against a real database: the default range, a refused range, a live change, a failed read.</summary>
public class ReportsPageComponentTests : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly FirstOfThisMonth = new(TestHotel.Today.Year, TestHotel.Today.Month, 1);
    private readonly DatabaseFixture _database;
    private readonly ReportTestData _data;
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public ReportsPageComponentTests(DatabaseFixture database)
    {
        StaffCultures.Use(Languages.Culture(Languages.English, "€"));
        _database = database;
        _data = new ReportTestData(database);
        Services.AddSingleton(_feed);
        Services.AddSingleton(new ReportService(database.ContextFactory, new SharedReads(_feed, TimeProvider.System)));
    }

    public override Task InitializeAsync() => _data.Stays.ResetAsync();

    private IRenderedComponent<ReportsPage> RenderPage()
    {
        var page = Render<ReportsPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=status]")), TimeSpan.FromSeconds(10));
        return page;
    }

    [Fact]
    public async Task Shows_this_month_and_the_two_before_with_a_chart_and_a_table_per_report()
    {
        await _data.AddBookingAsync(await _data.Stays.AddRoomAsync("12"), FirstOfThisMonth, FirstOfThisMonth.AddDays(2), 100);

        var page = RenderPage();

        Assert.Equal("Reports", page.Find("h1").Text());
        var range = ReportRange.Default(TestHotel.Today);
        Assert.Equal($"{range.From:ddd d MMM yyyy} – {range.To:ddd d MMM yyyy}", page.Find("[data-report-range]").Text());
        Assert.Equal(["Occupancy by night", "Occupancy by month", "Revenue by month", "Average daily rate and revenue per available room", "Arrivals by weekday"],
            page.FindAll("h2").Select(h => h.Text()));
        Assert.Equal(5, page.FindAll("section .mud-chart svg").Count);
        Assert.Equal("€200.00", page.Find("[data-summary=revenue]").Text());
        Assert.Equal("€100.00", page.Find("[data-summary=adr]").Text());
        Assert.Equal(["€0.00", "€0.00", "€200.00"], page.FindAll("[data-revenue]").Select(c => c.Text()));
        Assert.Equal(range.Nights, page.FindAll("[data-report=occupancy-by-day] tbody tr").Count);
    }

    [Fact]
    public async Task A_range_ending_before_it_starts_is_refused_with_a_reason_and_a_good_one_is_read()
    {
        await _data.AddBookingAsync(await _data.Stays.AddRoomAsync("12"), FirstOfThisMonth, FirstOfThisMonth.AddDays(2), 100);
        var page = RenderPage();

        await page.InvokeAsync(() => page.InputLabelled("To").Change(FirstOfThisMonth.AddMonths(-3).ToString("yyyy-MM-dd")));

        Assert.Equal("The last night must not be before the first.", page.Find("[data-range-refusal]").Text());
        Assert.Equal("€200.00", page.Find("[data-summary=revenue]").Text()); // the last good range stays

        await page.InvokeAsync(() => page.InputLabelled("From").Change(FirstOfThisMonth.AddMonths(-4).ToString("yyyy-MM-dd")));

        page.WaitForAssertion(() => Assert.Contains("No bookings in this range.", page.Markup), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-range-refusal]"));
    }

    [Fact]
    public async Task A_booking_added_elsewhere_shows_in_the_figures_when_its_change_is_announced()
    {
        var room = await _data.Stays.AddRoomAsync("12");
        await _data.AddBookingAsync(room, FirstOfThisMonth, FirstOfThisMonth.AddDays(2), 100);
        var page = RenderPage();
        Assert.Equal("€200.00", page.Find("[data-summary=revenue]").Text());

        var added = await _data.AddBookingAsync(room, FirstOfThisMonth.AddDays(2), FirstOfThisMonth.AddDays(3), 80);
        _feed.PublishChange(new EntityChange(ChangeTable.Bookings, ChangeOperation.Insert, added.Id, added.Id, 1, null, null, 1, DateTimeOffset.UtcNow));

        page.WaitForAssertion(() => Assert.Equal("€280.00", page.Find("[data-summary=revenue]").Text()), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void When_the_database_cannot_be_read_it_says_so_and_offers_to_try_again()
    {
        Services.AddSingleton(new ReportService(UnreachableDatabase.For(_database), new SharedReads(_feed, TimeProvider.System)));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("The reports could not be loaded.", page.Markup), TimeSpan.FromSeconds(10));
        Assert.NotNull(page.Button("Try again"));
        Assert.Empty(page.FindAll("h2"));
    }

    protected override void TearDown() => _feed.Dispose();
}
