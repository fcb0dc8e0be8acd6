using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Bookings;
using BookingWeb.Collaboration.Presence;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>The bookings page in bUnit, with the app's real services on a test database of its own.</summary>
public abstract class BookingsListComponentTest : ComponentTestContext
{
    /// <param name="replace">More or other services than the app's, registered before any is used.</param>
    protected BookingsListComponentTest(DatabaseFixture database, Action<IServiceCollection>? replace = null)
    {
        Database = database;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:BookingWeb"] = database.ConnectionString })
            .Build();
        Services.AddLogging().AddData<StaffDbContextFactory>(configuration).AddRealtime(configuration).AddPresence(configuration).AddBookings()
            .AddScoped<StaffSession>().AddSingleton<StaffAccountWatch>();
        replace?.Invoke(Services);
        AddAuthorization().SetAuthorized(TestUser.Staff.DisplayName);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected DatabaseFixture Database { get; }

    /// <summary>Reads go to a real PostgreSQL on a machine that may be busy.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected IRenderedComponent<BookingsPage> RenderPage(string address = "/bookings")
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<BookingsPage>();
    }

    protected static IReadOnlyList<string> ReservationNumbers(IRenderedComponent<BookingsPage> page) =>
        page.FindAll("tr[data-booking-id] a").Select(a => a.TextContent.Trim()).ToList();
}

public class EmptyBookingsListTests(DatabaseFixture database) : BookingsListComponentTest(database), IClassFixture<DatabaseFixture>
{
    [Fact]
    public void A_hotel_without_bookings_is_told_so_and_offered_a_new_booking()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("No bookings yet.", page.Markup), Patience);
        Assert.Empty(page.FindAll("tr[data-booking-id]"));
        Assert.Equal(2, page.FindAll("button").Count(b => b.TextContent.Trim() == "New booking"));
        Assert.DoesNotContain("Page 1 of", page.Markup);
    }
}

/// <summary>A test database with two bookings.</summary>
public sealed class TwoBookingsDatabase : DatabaseFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        static Booking Booking(string number, string lastName, string room, DateOnly checkIn) => new()
        {
            ReservationNumber = number, Room = new Room { Number = room, Name = "", BaseRate = 90 }, RatePerNight = 90,
            Guest = new Guest { FirstName = "Lia", LastName = lastName }, CheckIn = checkIn, CheckOut = checkIn.AddDays(2),
        };
        db.AddRange(Booking("RES-2029-0001", "Zeller", "71", new DateOnly(2029, 1, 5)),
            Booking("RES-2029-0002", "Abel", "72", new DateOnly(2029, 1, 9)));
        await db.SaveChangesAsync();
    }
}

public class BookingsListSortingTests(TwoBookingsDatabase database) : BookingsListComponentTest(database), IClassFixture<TwoBookingsDatabase>
{
    [Fact]
    public async Task The_list_shows_the_latest_check_in_first_and_a_header_button_sorts_by_its_column()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(["RES-2029-0002", "RES-2029-0001"], ReservationNumbers(page)), Patience);
        Assert.Contains("Page 1 of 1 (2 bookings)", page.Find("[data-pager-summary]").TextContent);
        Assert.Equal("descending", page.FindAll("th").Single(th => th.TextContent.Contains("Check-in")).GetAttribute("aria-sort"));

        // Found and clicked in one dispatch: the list may render again (its rows arriving) in between.
        await page.InvokeAsync(() => page.FindAll("th button").Single(b => b.TextContent.Trim() == "Room").Click());

        page.WaitForAssertion(() => Assert.Equal(["RES-2029-0001", "RES-2029-0002"], ReservationNumbers(page)), Patience);
        Assert.Equal("ascending", page.FindAll("th").Single(th => th.TextContent.Contains("Room")).GetAttribute("aria-sort"));
        Assert.Equal("none", page.FindAll("th").Single(th => th.TextContent.Contains("Check-in")).GetAttribute("aria-sort"));

        await page.InvokeAsync(() => page.FindAll("th button").Single(b => b.TextContent.Trim() == "Room").Click());

        page.WaitForAssertion(() => Assert.Equal(["RES-2029-0002", "RES-2029-0001"], ReservationNumbers(page)), Patience);
        Assert.Equal("descending", page.FindAll("th").Single(th => th.TextContent.Contains("Room")).GetAttribute("aria-sort"));
    }

    [Fact]
    public void A_search_without_matches_says_so_and_offers_to_clear_the_filters()
    {
        var page = RenderPage("/bookings?q=nobody-by-this-name");

        page.WaitForAssertion(() => Assert.Contains("No bookings match your search.", page.Markup), Patience);
        page.FindAll("td button").Single(b => b.TextContent.Trim() == "Clear filters").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-booking-id]").Count), Patience);
    }

}

