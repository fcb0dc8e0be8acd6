using System.Net;
using BookingWeb.Tests.Infrastructure;
using Npgsql;

namespace BookingWeb.Tests.Hosting;

/// <summary>Two app processes on two ports and one database, as behind a load balancer.</summary>
public class TwoInstancesTests(EmptyDatabase database) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task Two_instances_starting_together_migrate_once_and_accept_each_others_sign_in()
    {
        var published = await PublishedApp.GetFolderAsync();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__BookingWeb"] = database.ConnectionString,
            ["ASPNETCORE_ENVIRONMENT"] = "Staging",
            ["Accounts__BootstrapAdminEmail"] = TestAccounts.Admin.Email,
            ["Accounts__BootstrapAdminPassword"] = TestAccounts.Admin.Password,
        };
        await using var first = AppProcess.Start(published, environment);
        await using var second = AppProcess.Start(published, environment);
        await Task.WhenAll(first.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)), second.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)));

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM users"));
        Assert.Equal(typeof(BookingWebApp).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))),
            await CountAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""));

        var cookies = new CookieContainer();
        using var onFirst = await HttpSignIn.ClientAsync(first.BaseUrl, TestAccounts.Admin, cookies);
        using var onSecond = new HttpClient(new HttpClientHandler { CookieContainer = CopyCookies(cookies, first.BaseUrl, second.BaseUrl), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(second.BaseUrl),
        };
        using var response = await onSecond.GetAsync("/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Both instances listen on 127.0.0.1 but on different ports; a proxy would put them behind one address.</summary>
    private static CookieContainer CopyCookies(CookieContainer from, string fromUrl, string toUrl)
    {
        var to = new CookieContainer();
        foreach (Cookie cookie in from.GetCookies(new Uri(fromUrl)))
            to.Add(new Uri(toUrl), new Cookie(cookie.Name, cookie.Value, "/"));
        return to;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
