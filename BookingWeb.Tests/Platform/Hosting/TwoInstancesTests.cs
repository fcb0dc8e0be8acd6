using System.Net;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>Two app processes on two ports and one database, as behind a load balancer.</summary>
public class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task Instances_starting_together_migrate_once_and_accept_each_others_sign_in()
    {
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(typeof(BookingWebApp).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))),
            await CountAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""));

        var cookies = new CookieContainer();
        using var onFirst = await HttpSignIn.ClientAsync(instances.First.BaseUrl, TestAccounts.Admin, cookies);
        using var onSecond = new HttpClient(new HttpClientHandler { CookieContainer = CopyCookies(cookies, instances.First.BaseUrl, instances.Second.BaseUrl), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(instances.Second.BaseUrl),
        };
        using var response = await onSecond.GetAsync("/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_guest_saved_in_a_browser_on_one_instance_appears_live_in_a_browser_on_the_other()
    {
        var context = await SignedInContextAsync();
        try
        {
            var onSecond = await context.NewPageAsync();
            await OpenAsync(onSecond, $"{instances.Second.BaseUrl}/guests");
            var onFirst = await context.NewPageAsync();
            await OpenAsync(onFirst, $"{instances.First.BaseUrl}/guests/new");
            await onFirst.GetByLabel("First name").FillAsync("Henrike");
            await onFirst.GetByLabel("Last name").FillAsync("Sommerfeld");
            await onFirst.GetByLabel("Last name").PressAsync("Enter");
            await Expect(onFirst.GetByRole(AriaRole.Heading, new() { Name = "Henrike Sommerfeld" })).ToBeVisibleAsync();

            await Expect(onSecond.GetByRole(AriaRole.Link, new() { Name = "Sommerfeld, Henrike" })).ToBeVisibleAsync();
            await Expect(onSecond.GetByText("New guest Henrike Sommerfeld by Administrator")).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Someone_editing_a_booking_on_one_instance_shows_in_the_list_on_the_other()
    {
        int bookingId;
        await using (var db = new BookingWeb.Platform.Data.BookingDbContext(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<BookingWeb.Platform.Data.BookingDbContext>()
                         .UseNpgsql(instances.ConnectionString).Options))
        {
            var booking = new BookingWeb.Platform.Data.Booking
            {
                ReservationNumber = "RES-2027-0901",
                Room = new BookingWeb.Platform.Data.Room { Number = "901", Name = "", BaseRate = 90 },
                Guest = new BookingWeb.Platform.Data.Guest { FirstName = "Ines", LastName = "Instances" },
                CheckIn = new DateOnly(2027, 9, 1), CheckOut = new DateOnly(2027, 9, 3), RatePerNight = 90,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            bookingId = booking.Id;
        }
        var context = await SignedInContextAsync();
        try
        {
            var list = await context.NewPageAsync();
            await OpenAsync(list, $"{instances.Second.BaseUrl}/bookings?q=RES-2027-0901");
            var editor = await context.NewPageAsync();
            await OpenAsync(editor, $"{instances.First.BaseUrl}/bookings/{bookingId}");

            var presence = list.Locator($"tr[data-booking-id='{bookingId}'] [data-presence]");
            await Expect(presence).ToHaveTextAsync("Administrator is editing");
            await editor.CloseAsync();
            await Expect(presence).ToHaveCountAsync(0);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>A browser signed in on the first instance; cookies are not told apart by port, so on the second too.</summary>
    private async Task<IBrowserContext> SignedInContextAsync()
    {
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{instances.First.BaseUrl}/account/signin");
        await page.GetByLabel("E-mail").FillAsync(TestAccounts.Admin.Email);
        await page.GetByLabel("Password").FillAsync(TestAccounts.Admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin"));
        await page.CloseAsync();
        return context;
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-circuit-ready]') !== null");
    }

    /// <summary>Both instances listen on 127.0.0.1 but on different ports; a proxy would put them behind one address.</summary>
    private static CookieContainer CopyCookies(CookieContainer from, string fromUrl, string toUrl)
    {
        var to = new CookieContainer();
        foreach (System.Net.Cookie cookie in from.GetCookies(new Uri(fromUrl)))
            to.Add(new Uri(toUrl), new System.Net.Cookie(cookie.Name, cookie.Value, "/"));
        return to;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(instances.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
