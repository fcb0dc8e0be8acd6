using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using static BookingWeb.Tests.Platform.Hosting.DockerCli;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The image built from the Dockerfile, started with <c>docker run</c> next to a PostgreSQL container on a network
/// of their own, configured only by environment variables, as the README tells an operator; ports on 127.0.0.1 only.
/// </summary>
public sealed class ContainerApp : IAsyncLifetime
{
    private readonly string _name = $"bookingweb-test-{Guid.NewGuid():N}"[..24];
    private readonly string _databasePassword = Guid.NewGuid().ToString("N");
    private readonly KeyCertificate _keys = KeyCertificate.Create();

    public string AppContainer => $"{_name}-app";
    public string BaseUrl { get; private set; } = "";
    /// <summary>The database as the tests reach it, through its loopback port.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await RequireAsync(AppImage, PostgresImage);
        try
        {
            var since = DateTimeOffset.UtcNow;
            await DockerAsync("network", "create", _name);
            var database = await DockerAsync("run", "-d", "--name", $"{_name}-db", "--network", _name, "-p", "127.0.0.1::5432",
                "-e", "POSTGRES_DB=bookingweb", "-e", "POSTGRES_USER=bookingweb", "-e", $"POSTGRES_PASSWORD={_databasePassword}",
                "--health-cmd", "pg_isready -h 127.0.0.1 -U bookingweb -d bookingweb", "--health-interval", "1s", "--health-retries", "60",
                PostgresImage);
            await WaitUntilHealthyAsync(database, since, TimeSpan.FromSeconds(60));

            var app = await DockerAsync("run", "-d", "--name", AppContainer, "--network", _name, "-p", "127.0.0.1::8080",
                "-e", $"ConnectionStrings__BookingWeb=Host={_name}-db;Port=5432;Database=bookingweb;Username=bookingweb;Password={_databasePassword}",
                "-e", "ASPNETCORE_ENVIRONMENT=Production",
                "-e", "Hotel__Language=en",
                "-v", $"{_keys.Path}:/run/secrets/bookingweb-keys.pfx:ro",
                "-e", "DataProtection__Certificate__Path=/run/secrets/bookingweb-keys.pfx",
                "-e", $"DataProtection__Certificate__Password={_keys.Password}",
                "-e", $"Accounts__BootstrapAdminEmail={TestAccounts.Admin.Email}",
                "-e", $"Accounts__BootstrapAdminPassword={TestAccounts.Admin.Password}",
                AppImage);
            await WaitUntilHealthyAsync(app, since, TimeSpan.FromSeconds(150));

            BaseUrl = await PublishedUrlAsync(app, 8080);
            var databasePort = new Uri(await PublishedUrlAsync(database, 5432)).Port;
            ConnectionString = $"Host=127.0.0.1;Port={databasePort};Database=bookingweb;Username=bookingweb;Password={_databasePassword};Pooling=false";
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Removes both containers (with their anonymous volumes) and the network, whatever the tests did.</summary>
    public async Task DisposeAsync()
    {
        await TryAsync(DockerCli.Docker, ["rm", "--force", "--volumes", AppContainer, $"{_name}-db"]);
        await TryAsync(DockerCli.Docker, ["network", "rm", _name]);
    }
}
