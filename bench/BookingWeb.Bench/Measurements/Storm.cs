using BookingWeb.Bench.Reporting;
using BookingWeb.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Item 6: one UPDATE of many bookings (the visible page among them) while several bookings pages are open.
/// Each page counts its grid renders (one MutationObserver callback per applied render batch) and stamps when every
/// visible row shows the new status.
/// </summary>
public sealed class Storm(BenchApp app)
{
    private const string Observer = """
        () => {
          window.__renders = []; window.__final = null; window.__target = null;
          const isFinal = () => {
            const badges = [...document.querySelectorAll('tr[data-booking-id] [data-status]')];
            return badges.length > 0 && badges.every(b => b.dataset.status === window.__target);
          };
          new MutationObserver(records => {
            const now = performance.timeOrigin + performance.now();
            if (!records.some(r => (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('.booking-list'))) return;
            window.__renders.push(now);
            if (window.__target !== null && window.__final === null && isFinal()) window.__final = now;
          }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          window.__arm = target => { window.__target = target; window.__renders = []; window.__final = isFinal() ? 0 : null; };
        }
        """;

    public sealed record Result(int Pages, int Rows, int Storms, Samples FinalAfterCommit, Samples PeakRendersPerSecond, Samples RendersPerStorm, double StatementMs);

    public async Task<Result> MeasureAsync(int pageCount, int rows, int storms, int settleMs)
    {
        var pages = new List<IPage>();
        foreach (var batch in Enumerable.Range(0, pageCount).Chunk(5))
            pages.AddRange(await Task.WhenAll(batch.Select(async _ =>
            {
                var page = await app.NewPageAsync();
                await BenchApp.OpenBookingsAsync(page);
                await page.EvaluateAsync(Observer);
                return page;
            })));
        await Task.Delay(settleMs);

        var final = new Samples();
        var peak = new Samples();
        var perStorm = new Samples();
        var statement = new Samples();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        for (var s = 0; s < storms; s++)
        {
            var target = s % 2 == 0 ? "CheckedIn" : "Confirmed";
            await Task.WhenAll(pages.Select(p => p.EvaluateAsync("t => window.__arm(t)", target)));
            await using var update = new NpgsqlCommand(BulkStatementCost.StormUpdate, connection);
            update.Parameters.AddWithValue("status", target);
            update.Parameters.AddWithValue("rows", rows);
            update.CommandTimeout = 120;
            var started = BenchApp.EpochMilliseconds();
            var changed = await update.ExecuteNonQueryAsync();
            var commitMs = BenchApp.EpochMilliseconds();
            statement.Add(commitMs - started);
            if (changed != rows) throw new InvalidOperationException($"The storm changed {changed} bookings, not {rows}.");

            foreach (var page in pages)
                await page.WaitForFunctionAsync("() => window.__final !== null", null, new() { Timeout = 60_000 });
            await Task.Delay(settleMs); // trailing renders still count
            foreach (var page in pages)
            {
                var finalMs = await page.EvaluateAsync<double>("() => window.__final");
                var renders = (await page.EvaluateAsync<double[]>("() => window.__renders")).Where(t => t >= commitMs).Order().ToArray();
                final.Add(finalMs - commitMs);
                perStorm.Add(renders.Length);
                peak.Add(PeakPerSecond(renders));
            }
        }
        foreach (var page in pages) await BenchApp.CloseAsync(page);
        return new Result(pageCount, rows, storms, final, peak, perStorm, statement.Max);
    }

    /// <summary>The most renders that fall in any one-second window.</summary>
    private static double PeakPerSecond(double[] times)
    {
        var best = 0;
        for (int start = 0, end = 0; start < times.Length; start++)
        {
            while (end < times.Length && times[end] - times[start] < 1000) end++;
            best = Math.Max(best, end - start);
        }
        return best;
    }
}
