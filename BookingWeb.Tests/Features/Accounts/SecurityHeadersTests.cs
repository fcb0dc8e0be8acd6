using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Accounts;

public class SecurityHeadersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var anonymous = HttpSignIn.AnonymousClient(app.BaseUrl);
        using var response = await anonymous.GetAsync("/account/signin");

        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
        var antiforgeryCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains(".AspNetCore.Antiforgery"));
        Assert.Contains("httponly", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_https_scheme_makes_cookies_secure()
    {
        using var direct = HttpSignIn.AnonymousClient(app.BaseUrl);
        using var plain = await direct.GetAsync("/account/signin");
        Assert.DoesNotContain("secure", plain.Headers.GetValues("Set-Cookie").Single(c => c.Contains(".AspNetCore.Antiforgery")), StringComparison.OrdinalIgnoreCase);

        using var proxied = HttpSignIn.AnonymousClient(app.BaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await proxied.SendAsync(request);

        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single(c => c.Contains(".AspNetCore.Antiforgery")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_live_pages_work_under_the_content_security_policy()
    {
        var violations = new List<string>();
        var page = await app.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{message.Text} at {message.Location}");
        };

        await AppFixture.OpenAsync(page, "/bookings/new");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bookings" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookings" })).ToBeVisibleAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
