using System.Diagnostics;
using BookingWeb.Bench.Reporting;
using Microsoft.Playwright;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Row 13: two instances on one database, bookings pages split evenly between them, a steady stream of changes to the
/// visible bookings (<see cref="ChangeStream"/>), stepped up in open pages. Each page records when its grid first showed
/// each booking's stamp; after the stream every page's rows are compared with the database. <paramref name="first"/>
/// holds the database; <paramref name="second"/> runs on it.
/// </summary>
public sealed class LoadCurve(BenchApp first, BenchApp second)
{
    /// <summary>
    /// Per row, the rates (stamps) it showed and when each first showed: rate = total ÷ nights, read from the two money
    /// cells (nights, then total) on every DOM mutation.
    /// </summary>
    private const string Observer = """
        () => {
          window.__seen = {};
          const rates = () => {
            const shown = {};
            for (const row of document.querySelectorAll('tr[data-booking-id]')) {
              const money = row.querySelectorAll('td.money');
              const nights = Number(money[0]?.textContent);
              const total = Number(money[1]?.textContent.replace(/,/g, ''));
              if (nights > 0 && total >= 0) shown[row.dataset.bookingId] = Math.round(total / nights);
            }
            return shown;
          };
          const read = () => {
            const now = performance.timeOrigin + performance.now();
            for (const [id, rate] of Object.entries(rates())) {
              const list = window.__seen[id] ??= [];
              if (list.length === 0 || list[list.length - 1][0] !== rate) list.push([rate, now]);
            }
          };
          read();
          new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          window.__take = () => { const seen = window.__seen; window.__seen = {}; read(); return seen; };
          window.__differing = expected => Object.entries(expected).filter(([id, rate]) => rates()[id] !== rate).length;
        }
        """;

    /// <param name="Offered">Changes the stream offered (rate × duration); <paramref name="Changes"/> committed.</param>
    /// <param name="WriteMs">Each change's start → commit in its writer (SQL UPDATE or a save through an instance).</param>
    public sealed record Step(int Pages, int Offered, int Changes, double Seconds, Samples CommitToDom, Samples WriteMs, int MissedRows, int PagesMissing,
        double CpuMsPerChange, double ProcessCores, double MachineBusy, double MemoryAvailableGiB)
    {
        public LoadPoint Point => new(Pages, CommitToDom.P50, CommitToDom.P95, CommitToDom.P99);
    }

    /// <param name="StoppedBefore">The first step not measured because it would not fit in memory, and why; null when all were.</param>
    public sealed record Result(IReadOnlyList<Step> Steps, string? StoppedBefore);

    /// <summary>Stepping up stops while this much memory would still be left to the machine's other users.</summary>
    private const double KeepFreeGiB = 3;

    private readonly List<IPage> _pages = [];
    private readonly Dictionary<(int App, int Context), Task<IPage>> _contextOpeners = [];

    /// <param name="keepSteps">Whether a step that fails ends the curve with the steps measured so far (the real run) or fails it (smoke).</param>
    public async Task<Result> MeasureAsync(int[] steps, int changesPerSecond, TimeSpan duration, int pagesPerContext, int settleMs,
        bool keepSteps, Action<string> log)
    {
        var measured = new List<Step>();
        var baseline = MemoryAvailableGiB();
        try
        {
            ChangeStream? stream = null;
            int[] visible = [];
            foreach (var pages in steps)
            {
                if (_pages.Count > 0)
                {
                    var perPage = (baseline - MemoryAvailableGiB()) / _pages.Count;
                    var left = MemoryAvailableGiB() - perPage * (pages - _pages.Count);
                    if (left < KeepFreeGiB)
                        return new Result(measured, $"{pages} pages: at {perPage * 1024:0} MB a page (Chromium and the circuits) {left:0.0} GiB would be left, "
                                                    + $"under the {KeepFreeGiB:0} GiB kept free for the machine's other users");
                }
                Step step;
                try
                {
                    await OpenPagesAsync(pages, pagesPerContext);
                    if (stream is null)
                    {
                        visible = await BenchApp.VisibleBookingIdsAsync(_pages[0]);
                        await ConfirmAsync(visible); // the storm may have left them checked in, which a save would check again
                        stream = new ChangeStream(first.ConnectionString, first, second, visible);
                    }
                    await Task.Delay(settleMs);
                    await Task.WhenAll(_pages.Select(p => p.EvaluateAsync("() => window.__take()")));
                    log($"  {_pages.Count} pages open, {MemoryAvailableGiB():0.0} GiB available, load {MachineInfo.LoadAverage()}; "
                        + $"{changesPerSecond} changes/s for {duration.TotalSeconds:0} s");
                    step = await StreamAsync(stream, visible, changesPerSecond, duration);
                }
                catch (Exception exception) when (keepSteps && measured.Count > 0)
                {
                    log($"  {pages} pages failed: {exception}");
                    return new Result(measured, $"{pages} pages: failed in this run ({exception.GetType().Name}: {exception.Message.Split('\n')[0]}) "
                                                + $"with {_pages.Count} pages open at a load average of {MachineInfo.LoadAverage()}");
                }
                measured.Add(step);
                log($"  {step.Changes} of {step.Offered} changes; p50 {step.CommitToDom.P50:0} ms, p95 {step.CommitToDom.P95:0} ms, "
                    + $"p99 {step.CommitToDom.P99:0} ms, {step.MissedRows} rows missed");
            }
            return new Result(measured, null);
        }
        finally
        {
            foreach (var batch in _pages.Chunk(20)) await Task.WhenAll(batch.Select(BenchApp.CloseAsync));
            _pages.Clear();
        }
    }

    private async Task<Step> StreamAsync(ChangeStream stream, int[] visible, int changesPerSecond, TimeSpan duration)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var machineBefore = MachineCpu.Read();
        var started = Stopwatch.GetTimestamp();
        var changes = await stream.RunAsync(changesPerSecond, duration);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var machineBusy = MachineCpu.Read().BusySince(machineBefore);

        var (missedRows, pagesMissing) = await MissedAsync(visible);
        var latency = new Samples();
        var writes = new Samples();
        foreach (var change in changes) writes.Add(change.CommitMs - change.StartMs);
        foreach (var seen in await Task.WhenAll(_pages.Select(p => p.EvaluateAsync<Dictionary<string, double[][]>>("() => window.__take()"))))
            foreach (var change in changes)
                if (seen.TryGetValue(change.BookingId.ToString(System.Globalization.CultureInfo.InvariantCulture), out var shown)
                    && shown.FirstOrDefault(s => s[0] >= change.Rate) is { } first)
                    latency.Add(first[1] - change.CommitMs);
        return new Step(_pages.Count, (int)(changesPerSecond * duration.TotalSeconds), changes.Count, seconds, latency, writes, missedRows, pagesMissing,
            cpuMs / Math.Max(1, changes.Count), cpuMs / 1000 / seconds, machineBusy, MemoryAvailableGiB());
    }

    /// <summary>Every page's visible rows against the database, once each page had up to 30 s to catch up.</summary>
    private async Task<(int Rows, int Pages)> MissedAsync(int[] visible)
    {
        var expected = await RatesAsync(visible);
        var differing = await Task.WhenAll(_pages.Select(async page =>
        {
            try
            {
                await page.WaitForFunctionAsync("expected => window.__differing(expected) === 0", expected, new() { Timeout = 30_000, PollingInterval = 250 });
                return 0;
            }
            catch (TimeoutException)
            {
                return await page.EvaluateAsync<int>("expected => window.__differing(expected)", expected);
            }
        }));
        return (differing.Sum(), differing.Count(d => d > 0));
    }

    private async Task<Dictionary<string, int>> RatesAsync(int[] ids)
    {
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT id, rate_per_night FROM bookings WHERE id = ANY(@ids)", connection);
        select.Parameters.AddWithValue("ids", ids);
        var rates = new Dictionary<string, int>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rates[reader.GetInt32(0).ToString(System.Globalization.CultureInfo.InvariantCulture)] = (int)Math.Round(reader.GetDecimal(1));
        return rates;
    }

    private async Task ConfirmAsync(int[] ids)
    {
        await using var connection = new NpgsqlConnection(first.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE bookings SET status = 'Confirmed' WHERE id = ANY(@ids) AND status <> 'Confirmed'", connection);
        update.Parameters.AddWithValue("ids", ids);
        await update.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Opens pages up to <paramref name="total"/>, alternating between the instances, <paramref name="pagesPerContext"/>
    /// pages to a browser context (one sign-in's cookies) so that hundreds of pages fit in one Chromium.
    /// </summary>
    private async Task OpenPagesAsync(int total, int pagesPerContext)
    {
        while (_pages.Count < total)
        {
            var batch = Enumerable.Range(_pages.Count, Math.Min(5, total - _pages.Count)).ToArray();
            _pages.AddRange(await Task.WhenAll(batch.Select(async n =>
            {
                var app = n % 2 == 0 ? first : second;
                var page = await NewPageAsync(app, n / 2, pagesPerContext);
                // On a loaded machine a circuit now and then fails to start: the page is opened again (a new circuit).
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await BenchApp.OpenBookingsAsync(page);
                        break;
                    }
                    catch (TimeoutException) when (attempt < 3)
                    {
                    }
                }
                await page.EvaluateAsync(Observer);
                return page;
            })));
        }
    }

    /// <summary>The <paramref name="index"/>th page of <paramref name="app"/>: a new context every <paramref name="pagesPerContext"/> pages.</summary>
    private async Task<IPage> NewPageAsync(BenchApp app, int index, int pagesPerContext)
    {
        Task<IPage> opener;
        lock (_contextOpeners)
        {
            var key = (app == first ? 0 : 1, index / pagesPerContext);
            if (!_contextOpeners.TryGetValue(key, out opener!)) _contextOpeners[key] = opener = app.NewPageAsync();
        }
        return index % pagesPerContext == 0 ? await opener : await (await opener).Context.NewPageAsync();
    }

    private static double MemoryAvailableGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024;
    }
}
