using System.ComponentModel;
using System.Diagnostics;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The docker and docker-compose command lines, used as an operator would. The engine and the images come from
/// <c>scripts/test.sh</c> (<c>scripts/lib/container-images.sh</c>): a test needing them fails, never skips, without them.
/// </summary>
public static class DockerCli
{
    /// <summary>The image scripts/test.sh builds; BOOKINGWEB_TEST_IMAGE names another (e.g. one worktree's own build).</summary>
    public static string AppImage { get; } =
        Environment.GetEnvironmentVariable("BOOKINGWEB_TEST_IMAGE") is { Length: > 0 } image ? image : "bookingweb:test";
    public const string PostgresImage = "postgres:15";
    public const string ProxyImage = "caddy:2";

    public static string Docker { get; } = Tool("BOOKINGWEB_DOCKER", "/usr/bin/docker", "docker");
    public static string Compose { get; } = Tool("BOOKINGWEB_DOCKER_COMPOSE", "/usr/bin/docker-compose", "docker-compose");

    /// <summary>Fails with what to do when the engine does not answer or one of <paramref name="images"/> is missing.</summary>
    public static async Task RequireAsync(params string[] images)
    {
        var engine = await TryAsync(Docker, ["version", "--format", "{{.Server.Version}}"]);
        if (engine.ExitCode != 0)
            throw new InvalidOperationException(
                $"No Docker engine answers ({Docker} version: {engine.Error.Trim()}). scripts/test.sh starts one; " +
                "to run the container tests alone, start dockerd and run scripts/lib/container-images.sh's ensure_container_images.");
        foreach (var image in images)
        {
            if ((await TryAsync(Docker, ["image", "inspect", image])).ExitCode != 0)
                throw new InvalidOperationException(
                    $"The image {image} is missing. scripts/test.sh makes it before the tests (ensure_container_images in " +
                    "scripts/lib/container-images.sh; postgres:15 from scripts/lib/postgres-image.sh).");
        }
    }

    /// <summary>Runs a command and returns its standard output, trimmed; fails with its error output if it fails.</summary>
    public static async Task<string> RunAsync(string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await TryAsync(tool, args, environment);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        return result.Output.Trim();
    }

    public static Task<string> DockerAsync(params string[] args) => RunAsync(Docker, args);

    public static async Task<CommandResult> TryAsync(string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(tool, args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} did not finish within 5 minutes.");
        }
        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Waits for the container's HEALTHCHECK to report healthy, by following the engine's events for it from
    /// <paramref name="since"/> on (so none is missed). An unhealthy report may still turn healthy (a probe too slow on a
    /// busy machine); the container dying fails at once. Failures carry the last probes' answers and the container's log.
    /// </summary>
    public static async Task WaitUntilHealthyAsync(string container, DateTimeOffset since, TimeSpan timeout)
    {
        using var events = Start(Docker,
        [
            "events", "--since", (since.ToUnixTimeSeconds() - 1).ToString(), "--format", "{{.Status}}",
            "--filter", $"container={container}", "--filter", "event=health_status", "--filter", "event=die",
        ]);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await events.StandardOutput.ReadLineAsync(deadline.Token) is { } status)
            {
                if (status == "health_status: healthy") return;
                if (status == "die")
                    throw new InvalidOperationException($"The container {await NameAsync(container)} exited before it was healthy.\n{await DiagnosticsAsync(container)}");
            }
            throw new InvalidOperationException($"docker events ended: {await events.StandardError.ReadToEndAsync()}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The container {await NameAsync(container)} was not healthy within {timeout}.\n{await DiagnosticsAsync(container)}");
        }
        finally
        {
            events.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The loopback address where the container's <paramref name="port"/> is published, e.g. http://127.0.0.1:32770.</summary>
    public static async Task<string> PublishedUrlAsync(string container, int port, string scheme = "http")
    {
        var addresses = (await DockerAsync("port", container, $"{port}/tcp")).Split('\n', StringSplitOptions.TrimEntries);
        var loopback = addresses.FirstOrDefault(a => a.StartsWith("127.0.0.1:"))
            ?? throw new InvalidOperationException($"Port {port} of {container} is not published on 127.0.0.1 (published: {string.Join(", ", addresses)}).");
        return $"{scheme}://{loopback}";
    }

    /// <summary>The state, the last health probes' answers and the end of the log of a container, for a failure message.</summary>
    public static async Task<string> DiagnosticsAsync(string container)
    {
        var state = await TryInspectAsync(container, "{{.State.Status}} (exit code {{.State.ExitCode}}); health: {{if .State.Health}}{{.State.Health.Status}}{{range .State.Health.Log}}\n  probe exit {{.ExitCode}}: {{.Output}}{{end}}{{end}}");
        var logs = await TryAsync(Docker, ["logs", "--tail", "60", container]);
        return $"State: {state}\nLog:\n{logs.Output}{logs.Error}";
    }

    private static async Task<string> NameAsync(string container) => (await TryInspectAsync(container, "{{.Name}}")).TrimStart('/');

    private static async Task<string> TryInspectAsync(string container, string format) =>
        (await TryAsync(Docker, ["inspect", "--format", format, container])).Output.Trim();

    private static Process Start(string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = PublishedApp.RepositoryRoot };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        try
        {
            return Process.Start(info)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} could not be started ({e.Message}): install docker.io and docker-compose (scripts/test.sh does).", e);
        }
    }

    private static string Tool(string variable, string debianPath, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured ? configured
        : File.Exists(debianPath) ? debianPath : fallback;
}

public sealed record CommandResult(int ExitCode, string Output, string Error);
