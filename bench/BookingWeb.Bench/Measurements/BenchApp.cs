using BookingWeb.Testing;
using Microsoft.Playwright;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// The real app hosted in the bench process (the tests' <see cref="AppFixture"/>, which keeps production's settings
/// for sign-in rechecks and presence), so that idle database work is what an operator would see.
/// </summary>
public class BenchApp : AppFixture
{
    protected override IEnumerable<string> ExtraSettings =>
    [
        // Pages are closed and reloaded by the hundred; their circuits' teardown errors are expected, not news.
        "--Logging:LogLevel:Default=Critical",
    ];

    /// <summary>
    /// A second instance on <paramref name="primary"/>'s database whose listener waits on a channel nobody notifies:
    /// the polling baseline, exactly BookingWeb's pages without push.
    /// </summary>
    public static BenchApp WithoutPush(BenchApp primary) => new SecondInstance(primary, "--Realtime:Channel=bench_no_push");

    /// <summary>A second, ordinary instance on <paramref name="primary"/>'s database (push on): row 13's other half.</summary>
    public static BenchApp BesideOf(BenchApp primary) => new SecondInstance(primary);

    private sealed class SecondInstance(BenchApp primary, params string[] settings) : BenchApp
    {
        protected override IEnumerable<string> ExtraSettings =>
            [.. base.ExtraSettings, $"--ConnectionStrings:BookingWeb={primary.ConnectionString}", .. settings];

        protected override Task CreateAccountsAsync() => Task.CompletedTask;
    }

    /// <summary>Unix epoch milliseconds, the clock JavaScript's <c>performance.timeOrigin + performance.now()</c> reads.</summary>
    public static double EpochMilliseconds() => (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;

    /// <summary>Leaves the page so that Blazor's unload beacon ends its circuit at once, then closes it.</summary>
    public static async Task CloseAsync(IPage page)
    {
        try
        {
            await page.GotoAsync("about:blank");
        }
        catch (PlaywrightException)
        {
            // Closing anyway: the circuit then ends after the server's disconnect retention instead.
        }
        await page.CloseAsync();
    }

    /// <summary>Opens the bookings list and waits for its live circuit and its first rows.</summary>
    public static async Task OpenBookingsAsync(IPage page)
    {
        // Pages open by the dozen on a busy machine: the tests' 15 s would time out, not measure anything.
        page.SetDefaultTimeout(60_000);
        await OpenAsync(page, "/bookings");
        await page.WaitForSelectorAsync("tr[data-booking-id] [data-status]");
    }

    public static async Task<int[]> VisibleBookingIdsAsync(IPage page) =>
        await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('tr[data-booking-id]')].map(r => Number(r.dataset.bookingId))");
}
