using System.Diagnostics;
using System.Net;
using System.Text;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The published app as its own operating-system process, configured only through environment variables,
/// run as the unprivileged 'nobody' when the tests run as root (as the container runs as 'app').
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dll;
    private readonly StringBuilder _output = new();

    public string BaseUrl { get; }

    private AppProcess(Process process, string dll, string baseUrl)
    {
        _process = process;
        _dll = dll;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static AppProcess Start(string publishedFolder, IReadOnlyDictionary<string, string> environment)
    {
        var port = LoopbackPort.Free();
        var dll = Path.Combine(publishedFolder, "BookingWeb.dll");
        var asRoot = Environment.UserName == "root";
        var info = asRoot
            ? new ProcessStartInfo("runuser", ["-u", "nobody", "--", DotnetPath(), dll])
            : new ProcessStartInfo(DotnetPath(), [dll]);
        info.WorkingDirectory = publishedFolder;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        info.Environment["HOME"] = "/tmp";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString();
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return new AppProcess(Process.Start(info)!, dll, $"http://127.0.0.1:{port}");
    }

    /// <summary>Waits until /health/ready answers 200, or fails with the process's output.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited ({_process.ExitCode}):\n{Output}");
            try
            {
                using var response = await client.GetAsync($"{BaseUrl}/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { } // not up yet, or too busy to answer within 5 s
            await Task.Delay(200); // polling a process we do not control: there is no event to wait for
        }
        throw new TimeoutException($"The app was not ready within {timeout}:\n{Output}");
    }

    public async Task<int> RunProbeAsync(string url)
    {
        var info = new ProcessStartInfo(DotnetPath(), [_dll, "--probe", url])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var probe = Process.Start(info)!;
        await probe.WaitForExitAsync();
        return probe.ExitCode;
    }

    /// <summary>Stops like the container runtime does: SIGTERM, then waits for a graceful exit.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return _process.ExitCode;
        // Under runuser the app is runuser's child: signal the app itself, as the container runtime would.
        var target = File.ReadAllText($"/proc/{_process.Id}/task/{_process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault() ?? _process.Id.ToString();
        using (var kill = Process.Start("kill", ["-TERM", target])) await kill.WaitForExitAsync();
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { await StopAsync(TimeSpan.FromSeconds(10)); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }

    private static string DotnetPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : Process.GetCurrentProcess().MainModule!.FileName;
}
