using BookingWeb.Features.Bookings.Saving;
using System.Globalization;
using BookingWeb.Features.Dashboard;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Shared;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Dashboard;

/// <summary>The dashboard for a German-speaking person: the heading's date, the cards and their numbers in German.</summary>
public class DashboardInGermanTests : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Tuesday = new(2026, 12, 1);
    private readonly StayTestData _data;
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public DashboardInGermanTests(DatabaseFixture database)
    {
        _data = new StayTestData(database);
        Services.AddSingleton(_feed);
        Services.AddSingleton(new DashboardService(database.ContextFactory, TestHotel.Clock()));
        Services.AddScoped<BookingWeb.Platform.Identity.StaffSession>();
        Services.AddSingleton(new BookingService(database.ContextFactory, TestHotel.Clock(), NullLogger<BookingService>.Instance));
    }

    public override Task InitializeAsync() => _data.ResetAsync();

    [Fact]
    public async Task The_page_greets_with_todays_date_and_names_its_cards_in_german()
    {
        using var german = new InGerman();
        var today = TestHotel.Today;
        var room = await _data.AddRoomAsync("12");
        await _data.AddStayAsync(room, "Müller", today, today.AddDays(2));

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("1 von 1 Zimmern belegt", page.Markup), TimeSpan.FromSeconds(10));
        Assert.Equal($"Heute, {today.ToString("dddd, d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE"))}", page.Find("h1").TextContent);
        Assert.Equal(["Anreisen heute", "Abreisen heute", "Im Haus", "Belegung", "Fällige Erinnerungen"], page.FindAll("h2").Select(h => h.TextContent));
        Assert.Contains("Heute keine Abreisen", page.Markup);
        Assert.Contains("Zimmer 12", page.Markup);
        Assert.NotNull(page.Button("Aktualisieren"));
    }

    [Fact]
    public void The_outlook_names_the_nights_in_german()
    {
        using var german = new InGerman();

        var outlook = Render<OccupancyOutlook>(p => p.Add(o => o.Days, [new OccupancyDay(Tuesday, 3, 4), new OccupancyDay(Tuesday.AddDays(1), 1, 4)]));

        Assert.Equal("75 % heute · 3 von 4 Zimmern belegt", outlook.Find("[data-occupancy-today]").TextContent.Trim());
        Assert.Equal(["Di, 1. Dez.", "Mi, 2. Dez."], outlook.FindAll(".date").Select(d => d.TextContent));
        Assert.Equal("Belegung pro Nacht", outlook.Find("ol").GetAttribute("aria-label"));
    }

    [Fact]
    public void Reminders_say_today_or_overdue_in_german()
    {
        using var german = new InGerman();

        var list = Render<RemindersDueList>(p => p.Add(l => l.Today, Tuesday).Add(l => l.Reminders,
        [
            new ReminderLine(1, 4, "RES-2026-0004", TestHotel.At(Tuesday.AddDays(-1), 9, 0), "Taxi bestellen"),
            new ReminderLine(2, 9, "RES-2026-0009", TestHotel.At(Tuesday, 15, 30), "Blumen"),
        ]));

        Assert.Equal(["Überfällig seit 30. Nov. 09:00", "Heute 15:30"], list.FindAll(".due").Select(d => d.TextContent.Trim()));
    }

    protected override void TearDown() => _feed.Dispose();
}
