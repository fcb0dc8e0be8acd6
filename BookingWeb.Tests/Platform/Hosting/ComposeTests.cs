using System.Net;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// docker-compose.yml with its scale profile: two instances behind Caddy, one database, every page live. Five containers
/// and their browser pages run on their own, after the parallel classes: beside them a circuit through Caddy once took
/// over 30 s to connect on the 2-core CI machine.
/// </summary>
[Collection(RunsAlone.Name)]
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
    public async Task The_proxy_serves_https_keeps_a_browser_on_one_instance_carries_its_live_connection_and_gets_secure_cookies()
    {
        Assert.StartsWith("https://", compose.ProxyUrl);
        var context = await LiveBookingInContainers.SignedInAdminAsync(compose.ProxyUrl);
        try
        {
            var page = await context.NewPageAsync();
            await AppFixture.OpenAsync(page, "/bookings"); // the circuit's WebSocket goes through Caddy
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bookings");
            var cookies = await context.CookiesAsync();
            Assert.Contains(cookies, cookie => cookie.Name == "bookingweb_instance");
            // The app believes the proxy's X-Forwarded-Proto: the sign-in cookie never travels over plain HTTP.
            Assert.Contains(cookies, cookie => cookie.Name == "BookingWeb.Auth" && cookie.Secure);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_default_app_service_becomes_healthy_and_answers_over_https_through_its_proxy_and_never_over_plain_http()
    {
        await compose.DefaultAppHealthy;
        using var client = new HttpClient(new HttpClientHandler
        {
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // Caddy's internal authority
        }) { BaseAddress = new Uri(compose.DefaultProxyUrl) };
        // Caddy checks its upstream every 10 s (Caddyfile): until its first check after the app is ready it answers 503.
        Assert.Equal(HttpStatusCode.OK, await StatusOnceTheProxySeesTheAppAsync(client, "/account/signin", TimeSpan.FromSeconds(30)));

        using var plain = new HttpClient();
        using var refused = await plain.GetAsync(compose.DefaultProxyUrl.Replace("https://", "http://") + "/account/signin");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // "Client sent an HTTP request to an HTTPS server."
    }

    private static async Task<HttpStatusCode> StatusOnceTheProxySeesTheAppAsync(HttpClient client, string path, TimeSpan timeout)
    {
        var until = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTimeOffset.UtcNow > until) return response.StatusCode;
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
