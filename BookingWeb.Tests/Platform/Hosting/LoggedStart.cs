using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The app built in the test process (not listening) with everything it logs captured, to check what a start
/// does and says. Settings are command-line style ("--Section:Key=value") and win over appsettings.json.
/// </summary>
public sealed class LoggedStart : IAsyncDisposable
{
    private LoggedStart(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IReadOnlyList<FakeLogRecord> Records => App.Services.GetFakeLogCollector().GetSnapshot();

    public static LoggedStart Build(string environment, string connectionString, params string[] settings) =>
        new(BookingWebApp.Build(
            ["--environment", environment, "--applicationName", "BookingWeb", $"--ConnectionStrings:BookingWeb={connectionString}", .. settings],
            builder => builder.Logging.AddFakeLogging()));

    /// <summary>What Program does before it serves: migrate, seed (Development), make sure someone can sign in.</summary>
    public Task MigrateAndSeedAsync() => App.Services.MigrateAndSeedAsync();

    /// <summary>Every captured line at <paramref name="level"/> or above, as "Level Category: message", for assertions and their failure output.</summary>
    public IReadOnlyList<string> Lines(LogLevel level = LogLevel.Trace) =>
        Records.Where(r => r.Level >= level).Select(r => $"{r.Level} {r.Category}: {r.Message}{(r.Exception is null ? "" : " " + r.Exception.Message)}").ToList();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
