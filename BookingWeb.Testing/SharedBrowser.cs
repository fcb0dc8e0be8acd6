using Microsoft.Playwright;

namespace BookingWeb.Testing;

/// <summary>One headless Debian Chromium for the whole run; each test gets its own context (cookies, storage).</summary>
public static class SharedBrowser
{
    private static readonly Lazy<Task<IBrowser>> Browser = new(LaunchAsync);

    public static Task<IBrowser> GetAsync() => Browser.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("BOOKINGWEB_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Install it (apt-get install -y chromium) or set BOOKINGWEB_CHROMIUM.");
        // Assertions wait for their condition; 5 s (the default) is too short on a busy two-core CI machine. 15 s was too:
        // a CI run saw a page's first booking load take longer, while the browser managed 3 polls in those 15 s (34 when
        // the machine is not starved), so the ceiling is the circuit's first connect's (AppFixture.OpenAsync), 30 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }
}
