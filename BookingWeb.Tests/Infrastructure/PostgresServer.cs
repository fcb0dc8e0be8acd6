using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL: initdb into a temp folder, start on a free loopback port, stop and delete at process
/// exit. <see cref="GetAsync"/> is the one server the whole test run shares (set BOOKINGWEB_TEST_POSTGRES to an
/// admin connection string to use an existing server instead); <see cref="StartDedicatedAsync"/> starts a private
/// one for a test that must restart or stop its server, stopped and deleted when disposed.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A server of the caller's own (own data folder and port): dispose it to stop it and delete its files.</summary>
    public static Task<PostgresServer> StartDedicatedAsync() => StartNewAsync(stopOnDispose: true);

    public string AdminConnectionString { get; }
    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;
    private readonly bool _stopOnDispose;
    private int _stopped;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? binDirectory, bool stopOnDispose)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _stopOnDispose = stopOnDispose;
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static Task<PostgresServer> StartSharedAsync()
    {
        var existing = Environment.GetEnvironmentVariable("BOOKINGWEB_TEST_POSTGRES");
        return string.IsNullOrWhiteSpace(existing)
            ? StartNewAsync(stopOnDispose: false)
            : Task.FromResult(new PostgresServer(existing, null, null, stopOnDispose: false));
    }

    private static async Task<PostgresServer> StartNewAsync(bool stopOnDispose)
    {
        var bin = FindBinDirectory();
        var root = Directory.CreateTempSubdirectory("bookingweb-pg-").FullName;
        var data = Path.Combine(root, "data");
        var sockets = Path.Combine(root, "sock");
        Directory.CreateDirectory(sockets);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            await RunAsync("chown", ["-R", "postgres:postgres", root]);

        await RunServerToolAsync(asRoot, Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var port = FreePort();
        var options = $"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB" + StatementStatistics(bin);
        await RunServerToolAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"]);

        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true;Maximum Pool Size=50",
            data, bin, stopOnDispose);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    /// <summary>Stops and deletes a dedicated server; the shared one lives until the test run ends.</summary>
    public ValueTask DisposeAsync()
    {
        if (_stopOnDispose) Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>Restarts the server with its options (a fast shutdown: every session ends with 57P01). Only for a server this class started.</summary>
    public async Task RestartAsync()
    {
        if (_dataDirectory is null || _binDirectory is null)
            throw new InvalidOperationException("Only a server started by this run can be restarted.");
        await RunServerToolAsync(Environment.UserName == "root", Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", _dataDirectory, "-m", "fast", "-w", "-t", "60", "-l", Path.Combine(Path.GetDirectoryName(_dataDirectory)!, "server.log"), "restart"]);
    }

    private void Stop()
    {
        if (_dataDirectory is null || _binDirectory is null || Interlocked.Exchange(ref _stopped, 1) == 1) return;
        try
        {
            var pgCtl = Path.Combine(_binDirectory, "pg_ctl");
            var args = new[] { "-D", _dataDirectory, "-m", "immediate", "-w", "stop" };
            using var process = Environment.UserName == "root"
                ? Process.Start("runuser", new[] { "-u", "postgres", "--", pgCtl }.Concat(args))
                : Process.Start(pgCtl, args);
            process.WaitForExit(20_000);
            Directory.Delete(Path.GetDirectoryName(_dataDirectory)!, recursive: true);
        }
        catch (Exception)
        {
            // Exit-time best effort: a leftover temp folder is harmless and the server dies with the machine.
        }
    }

    /// <summary>pg_stat_statements (contrib), when installed: the bench names what ran at idle with it.</summary>
    private static string StatementStatistics(string bin) =>
        File.Exists(Path.Combine(bin, "..", "lib", "pg_stat_statements.so")) ? " -c shared_preload_libraries=pg_stat_statements" : "";

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries not found under /usr/lib/postgresql. Install them (apt-get install -y postgresql) " +
                "or set BOOKINGWEB_TEST_POSTGRES to a connection string of a server you run.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunServerToolAsync(bool asRoot, string tool, string[] args) =>
        asRoot ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. args]) : RunAsync(tool, args);

    private static async Task RunAsync(string fileName, string[] args)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await error}");
    }
}
