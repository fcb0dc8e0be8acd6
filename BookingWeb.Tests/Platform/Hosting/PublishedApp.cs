using System.Diagnostics;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The app published once per test run with <c>scripts/publish.sh</c>, the command the Dockerfile runs, into a
/// folder anyone may read, so it can be started as an unprivileged user like in the container.
/// </summary>
public static class PublishedApp
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> GetFolderAsync() => Folder.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static async Task<string> PublishAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"bookingweb-published-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo("bash", ["scripts/publish.sh", output, "--nologo", "-v", "quiet"])
        {
            WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/publish.sh failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        await MakeReadableByAllAsync(output);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(output, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return output;
    }

    private static async Task MakeReadableByAllAsync(string folder)
    {
        using var chmod = Process.Start("chmod", ["-R", "a+rX", folder]);
        await chmod.WaitForExitAsync();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BookingWeb.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("BookingWeb.sln not found above the test assembly.");
    }
}
