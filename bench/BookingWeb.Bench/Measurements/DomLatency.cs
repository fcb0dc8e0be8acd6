using System.Text.Json;
using BookingWeb.Bench.Reporting;
using BookingWeb.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Items 2 and 3: commit → DOM of another signed-in bookings page, for BookingWeb (live circuit) and for a polling
/// baseline (the same page on an instance without push, reloaded every 3 s) in the same run, the baseline's commits seen by
/// both pages.
/// Every change toggles one visible booking between Confirmed and Tentative with a plain UPDATE (as psql would).
/// </summary>
public sealed class DomLatency(BenchApp app, BenchApp pollingApp)
{
    public const int PollingPeriodMs = 3000;

    /// <summary>Stamps when a wanted (booking, status) first shows, on every DOM mutation.</summary>
    private const string LiveObserver = """
        () => {
          window.__wants = {}; window.__hits = {};
          const check = () => {
            const now = performance.timeOrigin + performance.now();
            for (const [token, want] of Object.entries(window.__wants)) {
              const badge = document.querySelector(`tr[data-booking-id="${want.id}"] [data-status]`);
              if (badge && badge.dataset.status === want.status) { window.__hits[token] = now; delete window.__wants[token]; }
            }
          };
          new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          window.__want = (token, id, status) => { window.__wants[token] = { id, status }; check(); };
        }
        """;

    /// <summary>
    /// The polling page (served by an instance without push): snapshots every row's status when the rows first
    /// show after each load, and reloads 3 s after each navigation. Snapshots survive reloads in localStorage.
    /// </summary>
    private const string PollingScript = """
        (() => {
          let snapped = false;
          const snap = () => {
            const badges = document.querySelectorAll('tr[data-booking-id] [data-status]');
            if (snapped || badges.length === 0) return;
            snapped = true;
            const t = performance.timeOrigin + performance.now();
            const rows = {};
            for (const badge of badges) rows[badge.closest('tr').dataset.bookingId] = badge.dataset.status;
            const snaps = JSON.parse(localStorage.getItem('bench-snaps') || '[]');
            snaps.push({ t, rows });
            localStorage.setItem('bench-snaps', JSON.stringify(snaps.slice(-200)));
          };
          new MutationObserver(snap).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          setTimeout(() => location.reload(), 3000);
        })();
        """;

    /// <summary>
    /// The live stream first, then the baseline: run together, a baseline change landing just before a live one would
    /// hold that one back for the page's minimum interval between reloads (<see cref="BookingWeb.Collaboration.Live.LivePace.Reloads"/>),
    /// and the row would measure the two streams' collisions, not the way from a commit to the screen.
    /// </summary>
    public async Task<(Samples Live, Samples LiveBesidePolling, Samples Polling)> MeasureAsync(int liveChanges, int pollingChanges, int gapMs)
    {
        var livePage = await app.NewPageAsync();
        await BenchApp.OpenBookingsAsync(livePage);
        await livePage.EvaluateAsync(LiveObserver);
        var visible = await BenchApp.VisibleBookingIdsAsync(livePage);
        if (visible.Length < 2) throw new InvalidOperationException("The bookings page shows fewer than two rows.");

        var statuses = visible.ToDictionary(id => id, _ => "Confirmed");
        await using (var reset = new NpgsqlConnection(app.ConnectionString))
        {
            await reset.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE bookings SET status = 'Confirmed' WHERE id = ANY(@ids) AND status <> 'Confirmed'", reset);
            command.Parameters.AddWithValue("ids", visible);
            await command.ExecuteNonQueryAsync();
        }
        await Task.Delay(1000);

        await using var connection = await OpenAsync();
        var live = new Samples();
        for (var i = 0; i < liveChanges + 10; i++)
        {
            var id = visible[i % visible.Length];
            var latency = await ChangeAndWaitAsync(livePage, connection, $"l{i}", id, Toggle(statuses, id));
            if (i >= 10) live.Add(latency.Latency);
            await Task.Delay(gapMs);
        }

        var pollingPage = await pollingApp.NewPageAsync();
        await pollingPage.AddInitScriptAsync(PollingScript);
        await pollingPage.GotoAsync("/bookings");
        var pollingId = visible[0];
        var beside = new Samples();
        var pollingCommits = new List<(double CommitMs, string Status)>();
        for (var i = 0; i < pollingChanges; i++)
        {
            await Task.Delay(Random.Shared.Next(PollingPeriodMs));
            var status = Toggle(statuses, pollingId);
            var (commitMs, latency) = await ChangeAndWaitAsync(livePage, connection, $"p{i}", pollingId, status);
            beside.Add(latency);
            pollingCommits.Add((commitMs, status));
            // The next toggle only once the polling page has shown this one, or it would never see it.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (FirstSeen(await SnapshotsAsync(pollingPage), pollingId, status, commitMs) is null && DateTime.UtcNow < deadline)
                await Task.Delay(200);
        }

        var snapshots = await SnapshotsAsync(pollingPage);
        var polling = new Samples();
        foreach (var (commitMs, status) in pollingCommits)
            if (FirstSeen(snapshots, pollingId, status, commitMs) is { } seen) polling.Add(seen - commitMs);
        await BenchApp.CloseAsync(livePage);
        await BenchApp.CloseAsync(pollingPage);
        return (live, beside, polling);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static string Toggle(Dictionary<int, string> statuses, int id) =>
        statuses[id] = statuses[id] == "Confirmed" ? "Tentative" : "Confirmed";

    /// <summary>Tells the page what to look for, commits, and waits for the page's stamp.</summary>
    private static async Task<(double CommitMs, double Latency)> ChangeAndWaitAsync(IPage page, NpgsqlConnection connection, string token, int id, string status)
    {
        await page.EvaluateAsync("([token, id, status]) => window.__want(token, id, status)", new object[] { token, id, status });
        await using var update = new NpgsqlCommand("UPDATE bookings SET status = @status, updated_at = now() WHERE id = @id", connection);
        update.Parameters.AddWithValue("status", status);
        update.Parameters.AddWithValue("id", id);
        await update.ExecuteNonQueryAsync();
        var commitMs = BenchApp.EpochMilliseconds();
        var hit = await page.WaitForFunctionAsync("token => window.__hits[token]", token, new() { Timeout = 30_000 });
        return (commitMs, await hit.JsonValueAsync<double>() - commitMs);
    }

    private static double? FirstSeen(IReadOnlyList<Snapshot> snapshots, int id, string status, double afterMs) =>
        snapshots.Where(s => s.T >= afterMs).OrderBy(s => s.T)
            .Select(s => s.Rows.TryGetValue(id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var shown) && shown == status ? s.T : (double?)null)
            .FirstOrDefault(t => t is not null);

    /// <summary>Reads the polling page's snapshots; retried while the page is between two loads.</summary>
    private static async Task<IReadOnlyList<Snapshot>> SnapshotsAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var json = await page.EvaluateAsync<string?>("() => localStorage.getItem('bench-snaps')");
                return json is null ? [] : JsonSerializer.Deserialize<List<Snapshot>>(json, JsonOptions) ?? [];
            }
            catch (PlaywrightException) when (attempt < 50)
            {
                await Task.Delay(50);
            }
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Snapshot(double T, Dictionary<string, string> Rows);
}
