using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>The app with three bookings of three guests.</summary>
public sealed class BookingsPageApp : AppFixture
{
    public int LovelaceBookingId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        static Room Room(string number) => new() { Number = number, BaseRate = 100 };
        var lovelace = new Booking
        {
            ReservationNumber = "RES-2026-9001", Room = Room("901"), RatePerNight = 120,
            Guest = new Guest { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com" },
            CheckIn = new(2026, 7, 1), CheckOut = new(2026, 7, 4), Status = BookingStatus.Confirmed,
        };
        db.AddRange(lovelace,
            new Booking
            {
                ReservationNumber = "RES-2026-9002", Room = Room("902"), RatePerNight = 90,
                Guest = new Guest { FirstName = "Grace", LastName = "Hopper" },
                CheckIn = new(2026, 7, 2), CheckOut = new(2026, 7, 3), Status = BookingStatus.Tentative,
            },
            new Booking
            {
                ReservationNumber = "RES-2026-9003", Room = Room("903"), RatePerNight = 80,
                Guest = new Guest { FirstName = "Alan", LastName = "Turing" },
                CheckIn = new(2026, 6, 20), CheckOut = new(2026, 6, 22), Status = BookingStatus.Cancelled,
            });
        await db.SaveChangesAsync();
        LovelaceBookingId = lovelace.Id;
    }
}

public class BookingsPageTests(BookingsPageApp app) : IClassFixture<BookingsPageApp>
{
    private static ILocator Rows(IPage page) => page.Locator("tr[data-booking-id]");

    [Fact]
    public async Task The_grid_lists_bookings_and_a_search_for_a_guest_narrows_it_to_that_guest()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings");
        await Expect(Rows(page)).ToHaveCountAsync(3);
        await Expect(Rows(page).First).ToContainTextAsync("RES-2026-9002"); // latest check-in first
        await Expect(Rows(page).First).ToContainTextAsync("Hopper, Grace");

        await page.GetByLabel("Search").FillAsync("lovelace");

        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page)).ToContainTextAsync(["RES-2026-9001"]);
        await Expect(page).ToHaveURLAsync(new Regex(@"/bookings\?q=lovelace$"));
    }

    [Fact]
    public async Task A_link_with_a_search_shows_the_same_narrowed_list()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=turing&status=Cancelled");
        await Expect(page.GetByLabel("Search")).ToHaveValueAsync("turing");
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page)).ToContainTextAsync(["RES-2026-9003"]);
    }

    [Fact]
    public async Task A_search_without_matches_says_so()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings");
        await Expect(Rows(page)).ToHaveCountAsync(3);

        await page.GetByLabel("Search").FillAsync("nobody-by-this-name");
        await page.GetByLabel("Search").PressAsync("Enter");

        await Expect(page.GetByText("No bookings match your search.")).ToBeVisibleAsync();
        await Expect(Rows(page)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Picking_a_day_as_the_stay_start_narrows_the_list()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?from=2026-07-01");
        await Expect(Rows(page)).ToHaveCountAsync(2);

        // The browser's own date input: Playwright fills it as the browser's calendar would (an ISO date).
        await page.GetByLabel("Staying from").FillAsync("2026-07-03");

        await Expect(page).ToHaveURLAsync(new Regex(@"/bookings\?from=2026-07-03$"));
        await Expect(Rows(page)).ToHaveCountAsync(1); // Hopper leaves on the 3rd: no night left in the range
        await Expect(Rows(page)).ToContainTextAsync(["RES-2026-9001"]);
    }

    [Fact]
    public async Task Clicking_a_row_or_pressing_Enter_on_its_reservation_number_opens_the_booking()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings");
        await Rows(page).Filter(new() { HasText = "Lovelace" }).GetByText("Ada", new() { Exact = false }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/bookings/{app.LovelaceBookingId}$"));

        await AppFixture.OpenAsync(page, "/bookings");
        await page.GetByRole(AriaRole.Link, new() { Name = "RES-2026-9001" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/bookings/{app.LovelaceBookingId}$"));
    }

    [Fact]
    public async Task The_title_names_the_page_in_the_servers_first_response_and_follows_each_page_the_circuit_moves_to()
    {
        var page = await app.NewPageAsync();
        var first = await (await page.APIRequest.GetAsync("/bookings")).TextAsync();
        Assert.Equal("Bookings · BookingWeb", System.Net.WebUtility.HtmlDecode(Regex.Match(first, "<title>(.*?)</title>").Groups[1].Value));

        await AppFixture.OpenAsync(page, "/bookings");
        await Expect(page).ToHaveTitleAsync("Bookings · BookingWeb");
        await Rows(page).Filter(new() { HasText = "Lovelace" }).GetByText("Ada", new() { Exact = false }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Booking RES-2026-9001 · BookingWeb");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByText("Guests", new() { Exact = true }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Guests · BookingWeb");
    }

    [Fact]
    public async Task The_status_list_opens_on_a_click_or_from_the_keyboard_and_filters_by_the_status_chosen()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Tentative" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/bookings\?status=Tentative$"));
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page)).ToContainTextAsync(["RES-2026-9002"]);

        await AppFixture.OpenAsync(page, "/bookings");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Cancelled" })).ToBeVisibleAsync();
    }
}
