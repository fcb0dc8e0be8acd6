using System.Net;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// What the container image holds, proven without Docker: the Dockerfile's own publish command, started as an
/// unprivileged user with nothing but environment variables, against an empty database.
/// </summary>
public class PublishedOutputTests(EmptyDatabase database) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task The_published_app_migrates_an_empty_database_becomes_ready_and_serves_the_sign_in_page()
    {
        var published = await PublishedApp.GetFolderAsync();
        var keys = KeyCertificate.Create();
        await using var app = AppProcess.Start(published, new Dictionary<string, string>(keys.Environment(keys.Path))
        {
            ["ConnectionStrings__BookingWeb"] = database.ConnectionString,
            ["Accounts__BootstrapAdminEmail"] = "owner@test.hotel",
            ["Accounts__BootstrapAdminPassword"] = "Owner-Pass-2026",
            ["Hotel__Language"] = "en",
        });

        await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));

        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var signIn = await client.GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Sign in", await signIn.Content.ReadAsStringAsync());
        Assert.Contains("\"status\":\"Healthy\"", await client.GetStringAsync("/health/live"));
        var ready = await client.GetStringAsync("/health/ready");
        Assert.Contains("all migrations applied", ready);
        Assert.DoesNotContain("Password", ready, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(0, await app.RunProbeAsync($"{app.BaseUrl}/health/ready"));
        Assert.Equal(1, await app.RunProbeAsync("http://127.0.0.1:9/health/ready"));
        Assert.Contains("\"Category\":\"BookingWeb.Platform.Identity.AccountsBootstrap\"", app.Output); // JSON logs in Production
        Assert.Equal(0, await app.StopAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void The_Dockerfile_publishes_and_starts_the_app_the_way_this_test_does()
    {
        var dockerfile = File.ReadAllText(Path.Combine(PublishedApp.RepositoryRoot, "Dockerfile"));

        Assert.Contains("RUN bash scripts/publish.sh /app --no-restore", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile);
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.Contains("ENV ASPNETCORE_HTTP_PORTS=8080", dockerfile);
        Assert.Contains("""CMD ["dotnet", "BookingWeb.dll", "--probe", "http://localhost:8080/health/ready"]""", dockerfile);
        Assert.Contains("""ENTRYPOINT ["dotnet", "BookingWeb.dll"]""", dockerfile);
    }
}
