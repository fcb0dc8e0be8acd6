using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>What a person does with freshly started containers: signs in as the bootstrap admin, books a stay in one page and watches it arrive in another.</summary>
public static class LiveBookingInContainers
{
    /// <summary>A save and its live update cross containers that start beside others on a shared two-core machine.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions SaveTimeout = new() { Timeout = 30_000 };
    /// <summary>A browser signed in through the real sign-in form at <paramref name="baseUrl"/>; cookies are not told apart by port, so on every instance.</summary>
    public static async Task<IBrowserContext> SignedInAdminAsync(string baseUrl)
    {
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, Locale = "en-GB", ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            IgnoreHTTPSErrors = true, // the compose proxies' certificates come from Caddy's own authority, which this browser does not trust
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, TestAccounts.Admin);
        await page.CloseAsync();
        return context;
    }

    /// <summary>
    /// With a bookings list open at <paramref name="listUrl"/>, books a seeded guest into a seeded room in the editor at
    /// <paramref name="editorUrl"/>, and waits for the new booking to show in the list without a reload.
    /// </summary>
    public static async Task BookAndSeeItLiveAsync(IBrowserContext context, string connectionString, string editorUrl, string listUrl)
    {
        await SeedRoomAndGuestAsync(connectionString);
        var list = await context.NewPageAsync();
        await AppFixture.OpenAsync(list, $"{listUrl}/bookings?q=Container");
        await Expect(list.GetByText("No bookings match your search.")).ToBeVisibleAsync();

        var editor = await context.NewPageAsync();
        await AppFixture.OpenAsync(editor, $"{editorUrl}/bookings/new");
        await EditorPage.ChooseGuestAsync(editor, "Container", "Container, Clara");
        await EditorPage.SetStayAsync(editor, "2027-10-11", "2027-10-13");
        await EditorPage.ChooseRoomAsync(editor, "C1");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Create booking" }).ClickAsync();
        var heading = editor.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync(new Regex(@"^Booking RES-\d{4}-\d{4}$"), SaveTimeout);
        var reservation = (await heading.InnerTextAsync())["Booking ".Length..];

        await Expect(list.GetByRole(AriaRole.Link, new() { Name = reservation })).ToBeVisibleAsync(new() { Timeout = SaveTimeout.Timeout });
    }

    private static async Task SeedRoomAndGuestAsync(string connectionString)
    {
        await using var db = new BookingDbContext(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(connectionString).Options);
        db.AddRange(
            new Room { Number = "C1", Name = "Container double", BaseRate = 110, MaxAdults = 2 },
            new Guest { FirstName = "Clara", LastName = "Container" });
        await db.SaveChangesAsync();
    }
}
