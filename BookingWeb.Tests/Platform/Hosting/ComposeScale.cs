using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using static BookingWeb.Tests.Platform.Hosting.DockerCli;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The repository's docker-compose.yml brought up with Debian's docker-compose and its scale profile (the app behind
/// Caddy, two more instances behind a second Caddy, PostgreSQL), configured only by the variables the README names
/// (a key certificate made for the run), under a project name of this fixture's own. A small override file names
/// the image the suite built and publishes the two instances and the database on loopback ports, so the tests can
/// reach each one directly; the proxies serve HTTPS with Caddy's internal certificate authority.
/// </summary>
public sealed class ComposeScale : IAsyncLifetime
{
    private static readonly string[] Services = ["app", "app-a", "app-b", "proxy", "proxy-scale", "db"];
    private readonly string _project = $"bookingweb-test-{Guid.NewGuid():N}"[..24];
    private readonly string _folder = Directory.CreateTempSubdirectory("bookingweb-compose-").FullName;
    private readonly string _databasePassword = Guid.NewGuid().ToString("N");
    private readonly KeyCertificate _keys = KeyCertificate.Create();
    private readonly Dictionary<string, string> _containers = [];
    private DateTimeOffset _since;
    private Task _defaultAppHealthy = Task.CompletedTask;

    public string AppAUrl { get; private set; } = "";
    public string AppBUrl { get; private set; } = "";
    /// <summary>The scale profile's proxy in front of app-a and app-b (HTTPS).</summary>
    public string ProxyUrl { get; private set; } = "";
    /// <summary>The default proxy in front of the app service (HTTPS).</summary>
    public string DefaultProxyUrl { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await RequireAsync(AppImage, PostgresImage, ProxyImage);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, "override.yml"), $"""
                services:
                  app:
                    image: {AppImage}
                  app-a:
                    image: {AppImage}
                    ports: ["127.0.0.1::8080"]
                  app-b:
                    image: {AppImage}
                    ports: ["127.0.0.1::8080"]
                  db:
                    ports: ["127.0.0.1::5432"]
                """);
            _since = DateTimeOffset.UtcNow;
            await ComposeAsync("up", "--detach", "--no-build");
            foreach (var service in Services)
                _containers[service] = await ComposeAsync("ps", "--quiet", service);
            _defaultAppHealthy = WaitUntilHealthyAsync("app");
            await Task.WhenAll(WaitUntilHealthyAsync("app-a"), WaitUntilHealthyAsync("app-b"));

            AppAUrl = await PublishedUrlAsync("app-a");
            AppBUrl = await PublishedUrlAsync("app-b");
            ProxyUrl = await DockerCli.PublishedUrlAsync(_containers["proxy-scale"], 8443, "https");
            DefaultProxyUrl = await DockerCli.PublishedUrlAsync(_containers["proxy"], 8443, "https");
            var databasePort = new Uri(await DockerCli.PublishedUrlAsync(_containers["db"], 5432)).Port;
            ConnectionString = $"Host=127.0.0.1;Port={databasePort};Database=bookingweb;Username=bookingweb;Password={_databasePassword};Pooling=false";
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>The default app service's HEALTHCHECK reporting healthy: awaited by the one test that uses it, so the others need not wait.</summary>
    public Task DefaultAppHealthy => _defaultAppHealthy;

    private Task WaitUntilHealthyAsync(string service) => DockerCli.WaitUntilHealthyAsync(_containers[service], _since, TimeSpan.FromSeconds(180));

    public Task<string> PublishedUrlAsync(string service) => DockerCli.PublishedUrlAsync(_containers[service], 8080);

    /// <summary>Containers, network and the database volume go, whatever the tests did.</summary>
    public async Task DisposeAsync()
    {
        await TryAsync(Compose, Arguments("down", "--volumes", "--remove-orphans", "--timeout", "10"), Environment());
        try { await _defaultAppHealthy; } catch (Exception) { } // its container is gone: the wait ends at once, its outcome no longer matters
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private Task<string> ComposeAsync(params string[] args) => RunAsync(Compose, Arguments(args), Environment());

    private string[] Arguments(params string[] args) =>
    [
        "--project-name", _project, "--profile", "scale",
        "--file", Path.Combine(PublishedApp.RepositoryRoot, "docker-compose.yml"), "--file", Path.Combine(_folder, "override.yml"),
        .. args,
    ];

    /// <summary>What an operator sets (docs/operating.md, "Docker"); "127.0.0.1:" publishes on a free loopback port.</summary>
    private Dictionary<string, string> Environment() => new()
    {
        ["BOOKINGWEB_ADMIN_EMAIL"] = TestAccounts.Admin.Email,
        ["BOOKINGWEB_LANGUAGE"] = "en",
        ["BOOKINGWEB_ADMIN_PASSWORD"] = TestAccounts.Admin.Password,
        ["BOOKINGWEB_DB_PASSWORD"] = _databasePassword,
        ["BOOKINGWEB_KEYS_CERTIFICATE"] = _keys.Path,
        ["BOOKINGWEB_KEYS_PASSWORD"] = _keys.Password,
        ["BOOKINGWEB_PORT"] = "127.0.0.1:",
        ["BOOKINGWEB_SCALE_PORT"] = "127.0.0.1:",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };
}
