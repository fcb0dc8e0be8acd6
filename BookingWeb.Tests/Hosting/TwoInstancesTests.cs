using System.Net;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Hosting;

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
        var browser = await SharedBrowser.GetAsync();
        // Cookies are not told apart by port: signing in on the first instance signs this browser in on both.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        try
        {
            var onFirst = await context.NewPageAsync();
            await onFirst.GotoAsync($"{instances.First.BaseUrl}/account/signin");
            await onFirst.GetByLabel("E-mail").FillAsync(TestAccounts.Admin.Email);
            await onFirst.GetByLabel("Password").FillAsync(TestAccounts.Admin.Password);
            await onFirst.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await onFirst.WaitForURLAsync(url => !url.Contains("/account/signin"));

            var onSecond = await context.NewPageAsync();
            await onSecond.GotoAsync($"{instances.Second.BaseUrl}/guests");
            await onSecond.WaitForFunctionAsync("() => document.querySelector('[data-circuit-ready]') !== null");

            await onFirst.GotoAsync($"{instances.First.BaseUrl}/guests/new");
            await onFirst.WaitForFunctionAsync("() => document.querySelector('[data-circuit-ready]') !== null");
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
