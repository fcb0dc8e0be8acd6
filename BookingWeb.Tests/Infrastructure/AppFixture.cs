using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>
/// The real app, hosted in the test process on a free loopback port against this class's fresh database,
/// plus pages in the run's shared headless Chromium.
/// </summary>
public class AppFixture : DatabaseFixture
{
    private WebApplication? _app;
    private readonly List<IBrowserContext> _contexts = [];

    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app is not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _app = BookingWebApp.Build(
        [
            "--environment", "Testing",
            "--applicationName", "BookingWeb",
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:BookingWeb={ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
        ], builder => builder.WebHost.UseStaticWebAssets());
        await _app.Services.MigrateAndSeedAsync();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
    }

    /// <summary>A new browser page (its own cookies), with the base URL set, waiting for Blazor to be interactive after each GotoAsync via <see cref="OpenAsync"/>.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        lock (_contexts) _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Opens a path and waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-circuit-ready]') !== null");
    }

    public override async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
