using BookingWeb.Bench.Reporting;
using BookingWeb.Features.Bookings;
using BookingWeb.Collaboration.Presence;
using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Items 4 and 7. Idle database work: transactions per second (pg_stat_database xact_commit + xact_rollback of the
/// app's database) with N live bookings pages open and nobody changing anything, against N polling clients that
/// repeat a bookings page's reads every 3 s. Memory: managed heap after a full GC, before and after
/// turning M blank browser pages into signed-in bookings pages, ÷ M; and the same for M signed-in pages with nothing
/// but the layout (/bench/empty), measured first in the same run (then closed), so a bookings page's own cost is the difference.
/// </summary>
public sealed class IdleAndMemory(BenchApp app)
{
    /// <summary>
    /// N polling clients, each doing every 3 s the reads a bookings page does when it loads (the list page and who is
    /// editing its rows). A real reload costs more (sign-in cookie, circuit start, prerender), so this is a lower bound.
    /// </summary>
    public async Task<double> PollingTransactionsPerSecondAsync(int clients, int seconds)
    {
        using var stop = new CancellationTokenSource();
        var pollers = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            await Task.Delay(i * DomLatency.PollingPeriodMs / clients, stop.Token);
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(DomLatency.PollingPeriodMs));
            do
            {
                await using var scope = app.Services.CreateAsyncScope();
                var page = await scope.ServiceProvider.GetRequiredService<BookingQueries>()
                    .ListAsync(BookingFilter.None, BookingSort.Default, 0, 25, cancellationToken: stop.Token);
                await scope.ServiceProvider.GetRequiredService<PresenceService>()
                    .WhoIsEditingAsync(page.Items.Select(b => b.Id).ToList(), null, stop.Token);
            } while (await timer.WaitForNextTickAsync(stop.Token));
        })).ToList();
        await Task.Delay(TimeSpan.FromSeconds(SettleSeconds(seconds)));
        var rate = await TransactionsPerSecondAsync(seconds);
        await stop.CancelAsync();
        try { await Task.WhenAll(pollers); } catch (OperationCanceledException) { }
        return rate;
    }

    /// <summary>Backends flush their statistics up to 10 s after going idle: let earlier work land before the window opens.</summary>
    private static int SettleSeconds(int seconds) => Math.Min(12, seconds);

    /// <param name="IdleStatements">What ran in the window (pg_stat_statements), or why that is unknown.</param>
    /// <param name="EmptyBytesPerCircuit">The same for a page with nothing but the layout (/bench/empty).</param>
    public sealed record Result(double LiveTransactionsPerSecond, string IdleStatements, int IdlePages, double BytesPerCircuit,
        double EmptyBytesPerCircuit, int MemoryPages);

    /// <summary>
    /// The open pages are iframes, <see cref="FramesPerTab"/> to a browser tab (each tab its own context, as another
    /// person): each frame runs its own Blazor circuit exactly like a tab, but a tab costs ~150 MB of Chromium, and 200
    /// tabs do not fit beside other people's test runs. The app forbids framing (CSP frame-ancestors,
    /// X-Frame-Options); the bench strips those two headers in the browser.
    /// </summary>
    public async Task<Result> LiveIdleAndMemoryAsync(int idlePages, int memoryPages, int seconds)
    {
        // Empty-layout pages first, then closed, and their circuits gone (each layout follows the change feed) before the
        // bookings pages start: both kinds open at once overloaded the machine.
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        var subscribers = feed.SubscriberCount;
        var emptyTabs = new List<IPage>();
        for (var i = 0; i < TabsFor(memoryPages); i++) emptyTabs.Add(await NewTabAsync());
        var emptyBefore = ManagedBytes();
        await AddFramesAsync(emptyTabs, memoryPages, EmptyPage);
        var emptyPerCircuit = (ManagedBytes() - emptyBefore) / (double)memoryPages;
        foreach (var tab in emptyTabs) await BenchApp.CloseAsync(tab);
        var gone = DateTime.UtcNow.AddMinutes(4);
        while (feed.SubscriberCount > subscribers && DateTime.UtcNow < gone) await Task.Delay(500);

        var tabs = new List<IPage>();
        for (var i = 0; i < TabsFor(memoryPages); i++) tabs.Add(await NewTabAsync());
        var before = ManagedBytes();

        await AddFramesAsync(tabs, idlePages, BookingsPage);
        await Task.Delay(TimeSpan.FromSeconds(SettleSeconds(seconds)));
        await using var statements = new NpgsqlConnection(app.ConnectionString);
        await statements.OpenAsync();
        var traced = await IdleStatements.ResetAsync(statements);
        var rate = await TransactionsPerSecondAsync(seconds);
        var ran = traced ? await IdleStatements.DescribeAsync(statements) : "pg_stat_statements not loaded";

        await AddFramesAsync(tabs, memoryPages, BookingsPage);
        var after = ManagedBytes();
        var perCircuit = (after - before) / (double)memoryPages;
        foreach (var tab in tabs) await BenchApp.CloseAsync(tab);
        return new Result(rate, ran, idlePages, perCircuit, emptyPerCircuit, memoryPages);
    }

    private static int TabsFor(int pages) => (pages + FramesPerTab - 1) / FramesPerTab;

    /// <summary>A page the frames open and what shows it is live and loaded.</summary>
    private sealed record FramedPage(string Path, string ReadySelector);

    private static readonly FramedPage BookingsPage = new("/bookings", "tr[data-booking-id] [data-status]");
    private static readonly FramedPage EmptyPage = new("/bench/empty", "[data-empty-page]");

    private const int FramesPerTab = 5;

    private async Task<IPage> NewTabAsync()
    {
        var tab = await app.NewPageAsync();
        tab.SetDefaultTimeout(60_000);
        // Glob patterns, matched by Playwright's driver: a predicate would send every request of the tab (scripts, styles,
        // the circuit's own) through the bench process and back.
        foreach (var pattern in new[] { "**/bookings", "**/bench/empty", "**/health/live" })
            await tab.Context.RouteAsync(pattern, async route =>
            {
                var response = await route.FetchAsync();
                var headers = response.Headers.Where(h => h.Key is not ("content-security-policy" or "x-frame-options"))
                    .ToDictionary(h => h.Key, h => h.Value);
                await route.FulfillAsync(new() { Response = response, Headers = headers });
            });
        await tab.GotoAsync("/health/live");
        return tab;
    }

    /// <summary>
    /// Adds bookings-page iframes until <paramref name="total"/> show their rows, <see cref="TabsAtOnce"/> tabs at a time:
    /// one tab at a time left the app, PostgreSQL and Chromium waiting on each other's round trips most of the time.
    /// </summary>
    private static async Task AddFramesAsync(IReadOnlyList<IPage> tabs, int total, FramedPage page)
    {
        using var gate = new SemaphoreSlim(TabsAtOnce);
        await Task.WhenAll(Enumerable.Range(0, tabs.Count).Where(t => t * FramesPerTab < total).Select(async t =>
        {
            await gate.WaitAsync();
            try
            {
                await AddFramesAsync(tabs[t], Math.Min(FramesPerTab, total - t * FramesPerTab), page);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private const int TabsAtOnce = 4;

    private static async Task AddFramesAsync(IPage tab, int frames, FramedPage page)
    {
        var count = await tab.EvaluateAsync<int>("""
            ([want, path]) => {
              while (document.querySelectorAll('iframe').length < want) {
                const frame = document.createElement('iframe');
                frame.src = path; frame.width = 320; frame.height = 200;
                document.body.appendChild(frame);
              }
              return document.querySelectorAll('iframe').length;
            }
            """, new object[] { frames, page.Path });
        // On a machine shared with test runs a frame's circuit now and then fails to start and never shows the page:
        // such frames are reloaded (a new circuit; the failed one is gone) rather than failing the whole row.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tab.WaitForFunctionAsync("""
                    ([n, ready]) => { const frames = [...document.querySelectorAll('iframe')];
                           return frames.length >= n && frames.every(f => f.contentDocument?.querySelector('[data-circuit-ready]')
                                                                      && f.contentDocument.querySelector(ready)); }
                    """, new object[] { count, page.ReadySelector }, new() { Timeout = 90_000, PollingInterval = 250 });
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                await tab.EvaluateAsync("""
                    ready => { for (const f of document.querySelectorAll('iframe'))
                                 if (!(f.contentDocument?.querySelector('[data-circuit-ready]') && f.contentDocument.querySelector(ready)))
                                   f.contentWindow.location.reload(); }
                    """, page.ReadySelector);
            }
        }
    }

    private static long ManagedBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The database's committed and rolled-back transactions per second over a window, minus the bench's own reads.</summary>
    private async Task<double> TransactionsPerSecondAsync(int seconds)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var start = await CountAsync(connection);
        var started = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var end = await CountAsync(connection);
        var elapsed = (DateTime.UtcNow - started).TotalSeconds;
        return Math.Max(0, end - start - 2) / elapsed; // our own two reads in between
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection)
    {
        // Statistics reach pg_stat_database when each backend flushes them (within about a second of going idle).
        await using var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection);
        await clear.ExecuteNonQueryAsync();
        await using var count = new NpgsqlCommand(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
