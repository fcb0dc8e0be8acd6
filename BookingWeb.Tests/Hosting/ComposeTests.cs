using System.Net;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Hosting;

/// <summary>docker-compose.yml with its scale profile: two instances behind Caddy, one database, every page live.</summary>
public class ComposeTests(ComposeScale compose) : IClassFixture<ComposeScale>
{
    [Fact]
    public async Task A_booking_made_through_app_a_appears_live_on_a_page_of_app_b()
    {
        var context = await LiveBookingInContainers.SignedInAdminAsync(compose.AppAUrl);
        try
        {
            await LiveBookingInContainers.BookAndSeeItLiveAsync(context, compose.ConnectionString, editorUrl: compose.AppAUrl, listUrl: compose.AppBUrl);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_proxy_keeps_a_browser_on_one_instance_and_carries_its_live_connection()
    {
        var context = await LiveBookingInContainers.SignedInAdminAsync(compose.ProxyUrl);
        try
        {
            var page = await context.NewPageAsync();
            await AppFixture.OpenAsync(page, "/bookings"); // the circuit's WebSocket goes through Caddy
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bookings");
            Assert.Contains(await context.CookiesAsync(), cookie => cookie.Name == "bookingweb_instance");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_default_app_service_becomes_healthy_and_answers_on_its_published_port()
    {
        await compose.DefaultAppHealthy;
        using var client = HttpSignIn.AnonymousClient(await compose.PublishedUrlAsync("app"));
        using var signIn = await client.GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
