using System.Net;
using System.Reflection;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>Every page route, requested over plain HTTP by an anonymous visitor, a staff member and an admin.</summary>
public class AuthorizationMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    private enum Expect { Page, SignIn, Forbidden }

    private static readonly Dictionary<string, (Expect Anonymous, Expect Staff, Expect Admin)> Matrix = new()
    {
        ["/"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/bookings"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/bookings/new"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/bookings/{Id:int}"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/calendar"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/guests"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/guests/new"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/guests/{Id:int}"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/reports"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/account/password"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/bench/empty"] = (Expect.SignIn, Expect.Page, Expect.Page),
        ["/rooms"] = (Expect.SignIn, Expect.Forbidden, Expect.Page),
        ["/rooms/new"] = (Expect.SignIn, Expect.Forbidden, Expect.Page),
        ["/rooms/{Id:int}"] = (Expect.SignIn, Expect.Forbidden, Expect.Page),
        ["/users"] = (Expect.SignIn, Expect.Forbidden, Expect.Page),
        ["/users/new"] = (Expect.SignIn, Expect.Forbidden, Expect.Page),
        ["/users/{Id}"] = (Expect.SignIn, Expect.Forbidden, Expect.Page),
        ["/account/signin"] = (Expect.Page, Expect.Page, Expect.Page),
        ["/error"] = (Expect.Page, Expect.Page, Expect.Page),
        ["/status/{Code:int}"] = (Expect.Page, Expect.Page, Expect.Page),
    };

    [Fact]
    public void The_matrix_names_every_page_of_the_app()
    {
        var routes = typeof(BookingWebApp).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Order().ToList();
        Assert.Equal(Matrix.Keys.Order().ToList(), routes);
    }

    [Fact]
    public async Task Each_role_gets_exactly_the_pages_it_may_open()
    {
        using var anonymous = HttpSignIn.AnonymousClient(app.BaseUrl);
        using var staff = await HttpSignIn.ClientAsync(app.BaseUrl, TestAccounts.Staff);
        using var admin = await HttpSignIn.ClientAsync(app.BaseUrl, TestAccounts.Admin);

        var mismatches = new List<string>();
        foreach (var (template, expected) in Matrix)
        {
            var path = template.Replace("{Id:int}", "1").Replace("{Id}", "someone").Replace("{Code:int}", "404");
            foreach (var (who, client, expect) in new[] { ("anonymous", anonymous, expected.Anonymous), ("staff", staff, expected.Staff), ("admin", admin, expected.Admin) })
            {
                using var response = await client.GetAsync(path);
                var actual = Classify(response);
                if (actual != expect) mismatches.Add($"{who} {path}: expected {expect}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task An_anonymous_browser_cannot_open_a_circuit()
    {
        using var anonymous = HttpSignIn.AnonymousClient(app.BaseUrl);
        using var response = await anonymous.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        // SignalR answers the challenge with 400 and the sign-in address: no connection token either way.
        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains("/account/signin", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("connectionToken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forbidden_page_explains_itself_in_plain_words()
    {
        using var staff = await HttpSignIn.ClientAsync(app.BaseUrl, TestAccounts.Staff);
        using var response = await staff.GetAsync("/rooms");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You are not authorised to open this page", await response.Content.ReadAsStringAsync());
    }

    private static Expect? Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Expect.Page,
        HttpStatusCode.Forbidden => Expect.Forbidden,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/account/signin?ReturnUrl=", StringComparison.Ordinal) == true => Expect.SignIn,
        _ => null,
    };
}
