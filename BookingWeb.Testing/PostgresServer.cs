using Docker.DotNet;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using Npgsql;
using Testcontainers.PostgreSql;

namespace BookingWeb.Testing;

/// <summary>
/// PostgreSQL in a container (Testcontainers, image <see cref="Image"/>). <see cref="GetAsync"/> is the one server the
/// whole test run shares, each test class a database of its own inside it (set BOOKINGWEB_TEST_POSTGRES to an admin
/// connection string to use an existing server instead); <see cref="StartDedicatedAsync"/> starts a container of the
/// caller's own for a test that restarts its server, removed when disposed.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>The official image's name: pulled on a laptop with Docker, built locally by scripts/test.sh where nothing can be pulled.</summary>
    public const string Image = "postgres:15";

    private const string NoEngine = "No Docker engine reachable: start Docker, or run scripts/test.sh which starts one, " +
                                    "or set BOOKINGWEB_TEST_POSTGRES to an admin connection string.";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A server of the caller's own (own container and port): dispose it to remove it.</summary>
    public static Task<PostgresServer> StartDedicatedAsync() => StartContainerAsync();

    public string AdminConnectionString { get; }
    private readonly PostgreSqlContainer? _container;

    private PostgresServer(string adminConnectionString, PostgreSqlContainer? container)
    {
        AdminConnectionString = adminConnectionString;
        _container = container;
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var existing = Environment.GetEnvironmentVariable("BOOKINGWEB_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(existing)) return new PostgresServer(existing, null);

        var server = await StartContainerAsync();
        // The run's server lives until the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.RemoveAtExit();
        return server;
    }

    private void RemoveAtExit()
    {
        try
        {
            DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Exit-time best effort: scripts/test.sh removes what is left by the run's label.
        }
    }

    private static async Task<PostgresServer> StartContainerAsync()
    {
        // A fixed host port, not a random one: Docker would pick a new random port on every start, and a restarted
        // server must answer where the app's connection strings point. Another process may take the free port
        // between our look and Docker's bind: then try another.
        for (var attempt = 1; ; attempt++)
        {
            var container = Build(LoopbackPort.Free());
            try
            {
                await container.StartAsync();
                var admin = new NpgsqlConnectionStringBuilder(container.GetConnectionString())
                {
                    IncludeErrorDetail = true,
                    MaxPoolSize = 50,
                };
                return new PostgresServer(admin.ConnectionString, container);
            }
            catch (DockerApiException e) when (attempt < 3 && IsPortTaken(e))
            {
                await container.DisposeAsync();
            }
            catch
            {
                await container.DisposeAsync();
                throw;
            }
        }
    }

    private static PostgreSqlContainer Build(int hostPort)
    {
        EnsureEngine();
        var builder = new PostgreSqlBuilder(Image)
            .WithPortBinding(hostPort, PostgreSqlBuilder.PostgreSqlPort)
            // The module already turns fsync, full_page_writes and synchronous_commit off. pg_stat_statements:
            // the bench names what ran at idle with it.
            .WithCommand("-c", "max_connections=300", "-c", "shared_buffers=128MB",
                "-c", "shared_preload_libraries=pg_stat_statements")
            // A stop is a fast shutdown (every session ends with 57P01), as with `pg_ctl -m fast`.
            .WithCreateParameterModifier(container => container.StopSignal = "SIGINT")
            // The module's readiness check (pg_isready over TCP inside the container), asked four times a second
            // instead of once: a start or restart is ready up to a second sooner.
            .WithWaitStrategy(Wait.ForUnixContainer().UntilCommandIsCompleted(
                ["pg_isready", "--host", "localhost", "--dbname", PostgreSqlBuilder.DefaultDatabase, "--username", PostgreSqlBuilder.DefaultUsername],
                wait => wait.WithInterval(TimeSpan.FromMilliseconds(250))));
        var run = Environment.GetEnvironmentVariable("BOOKINGWEB_TEST_RUN");
        // scripts/test.sh removes what a killed run leaves behind by this label.
        if (!string.IsNullOrEmpty(run)) builder = builder.WithLabel("bookingweb.test-run", run);
        return builder.Build();
    }

    /// <summary>
    /// Testcontainers takes the first engine that answers; an engine named by DOCKER_HOST that does not answer must
    /// not be replaced by another without a word.
    /// </summary>
    private static void EnsureEngine()
    {
        var found = TestcontainersSettings.OS.DockerEndpointAuthConfig?.Endpoint;
        var named = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (found is null || (!string.IsNullOrWhiteSpace(named) && found != new Uri(named)))
            throw new InvalidOperationException(NoEngine);
    }

    /// <summary>Removes a dedicated server; the shared one lives until the test run ends.</summary>
    public ValueTask DisposeAsync() => _container?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>
    /// Restarts the server (a fast shutdown: every session ends with 57P01), on the same port with the same data.
    /// Only for a server this class started.
    /// </summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    /// <summary>Stops the server (a fast shutdown) until <see cref="StartAsync"/>: the database is down meanwhile.</summary>
    public Task StopAsync() => Own().StopAsync();

    /// <summary>Starts a stopped server again, on the same port with the same data, and waits until it accepts connections.</summary>
    public Task StartAsync() => Own().StartAsync();

    private PostgreSqlContainer Own() =>
        _container ?? throw new InvalidOperationException("Only a server started by this run can be stopped or restarted.");

    private static bool IsPortTaken(DockerApiException e) =>
        e.Message.Contains("port is already allocated", StringComparison.Ordinal) ||
        e.Message.Contains("address already in use", StringComparison.Ordinal);
}
