using System.Diagnostics;
using System.Globalization;
using BookingWeb.Bench.Measurements;
using BookingWeb.Bench.Reporting;
using BookingWeb.Testing;
using Npgsql;

namespace BookingWeb.Bench;

/// <summary>Runs every measurement of issue 7 in order of value and collects the table. Smoke runs fail on any error.</summary>
public sealed class BenchRunner(BenchOptions options, TextWriter log)
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<LoadPoint> _load = [];
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public IReadOnlyList<ResultRow> Rows => _rows;

    public async Task<BenchReport> RunAsync()
    {
        var server = await PostgresServer.GetAsync();
        var machine = MachineInfo.Describe(await PostgresVersionAsync(server), (await SharedBrowser.GetAsync()).Version);
        var data = new DatabaseFixture();
        await data.InitializeAsync();
        Log($"Seeding {options.GridBookings:N0} bookings");
        await BenchData.InsertBookingsAsync(data.ConnectionString, options.GridBookings);

        await MeasureAsync(1, "commit → listener / subscriber", async () =>
        {
            await using var listener = new ListenerLatency(data.ConnectionString);
            await listener.StartAsync();
            var (atListener, atSubscriber) = await listener.MeasureAsync(options.ListenerChanges);
            return
            [
                ResultRow.Latency(1, "Commit → listener event", atListener, notes: "UPDATE one booking, wait for it; Stopwatch clock on both sides"),
                ResultRow.Latency(1, "Commit → change-feed subscriber", atSubscriber),
            ];
        });

        await MeasureAsync(12, "PostgreSQL's commit ceiling with and without the NOTIFY trigger", async () =>
        {
            var ceiling = await CommitCeiling.MeasureAsync(data.ConnectionString, options.CeilingClients, TimeSpan.FromSeconds(options.CeilingSeconds));
            var share = ceiling.WithTriggers / ceiling.WithoutTriggers;
            var how = $"{ceiling.Clients} clients, {ceiling.Seconds:0} s each, one-row UPDATE per autocommitted transaction";
            return
            [
                ResultRow.Value(12, "Commits/s of one-booking updates with the change trigger (audit row + NOTIFY)", $"{ceiling.Seconds:0} s",
                    $"{ceiling.WithTriggers:N0}", notes: $"{how}; the app's listener connected"),
                ResultRow.Value(12, "Commits/s of one-booking updates, triggers disabled (baseline)", $"{ceiling.Seconds:0} s",
                    $"{ceiling.WithoutTriggers:N0}", notes: $"{how}; ALTER TABLE bookings DISABLE TRIGGER USER"),
                ResultRow.Value(12, "With trigger ÷ without", $"{ceiling.Seconds:0} s", double.IsNaN(share) ? "" : $"{share:P0}"),
            ];
        });

        // Items 2, 3, 6, 4, 7 and 13 share one hosted app (and, for 3 and 13, a second instance on its database).
        if (new[] { 2, 3, 4, 6, 7, 13 }.Any(options.Includes)) await MeasureInBrowserAsync();

        await MeasureAsync(5, "fan-out", async () =>
        {
            var rows = new List<ResultRow>();
            foreach (var subscribers in options.FanOutSubscribers)
            {
                var samples = await FanOut.MeasureAsync(subscribers, options.FanOutRepeats);
                var isGoal = subscribers == options.FanOutSubscribers[0];
                rows.Add(ResultRow.Latency(5, $"Fan-out: one change to {subscribers:N0} subscribers, until all handlers ran", samples,
                    isGoal ? "p99 < 10 ms" : "—", isGoal ? s => s.P99 < 10 : null));
            }
            return rows;
        });

        await MeasureAsync(8, "bookings grid queries", async () =>
        {
            var results = await GridQueries.MeasureAsync(data.ContextFactory, options.GridRepeats);
            return results.Select(r => ResultRow.Latency(8, $"Grid on {options.GridBookings:N0} bookings: {r.Name}", r.Samples, "p95 < 50 ms", s => s.P95 < 50,
                "BookingQueries.ListAsync, 25 rows")).ToList();
        });

        await MeasureAsync(10, "report queries", async () =>
        {
            var rows = new List<ResultRow>();
            foreach (var r in await ReportQueries.MeasureAsync(data.ConnectionString, data.ContextFactory, options.ReportRepeats, options.ReportBaselineRepeats))
            {
                var isDefault = r.Name == ReportQueries.DefaultRangeName;
                rows.Add(ResultRow.Latency(10, $"Reports on {options.GridBookings:N0} bookings: {r.Name}", r.InPostgres,
                    isDefault ? "p95 < 500 ms" : "—", isDefault ? s => s.P95 < 500 : null,
                    $"ReportService.LoadAsync: nights, money and arrivals added up in PostgreSQL; {r.Bookings:N0} bookings in the range"));
                rows.Add(ResultRow.Latency(10, $"Reports on {options.GridBookings:N0} bookings: {r.Name}, in memory (baseline)", r.InMemory,
                    notes: "the range's bookings and lines loaded through EF Core, priced by BookingTotals, spread over their nights"));
                var ratio = r.InMemory.P50 / r.InPostgres.P50;
                rows.Add(ResultRow.Value(10, $"Reports, {r.Name}: in-memory p50 ÷ PostgreSQL p50", $"{r.InMemory.Count}", double.IsNaN(ratio) ? "" : $"{ratio:N1}×"));
            }
            return rows;
        });

        await MeasureAsync(11, "tape chart, 100 rooms × 30 days", async () =>
        {
            var r = await new TapeChartRender().MeasureAsync(options.TapeOpens, options.TapeRedraws, options.TapePointerMoves);
            var size = $"{TapeChartRender.Rooms} rooms × {TapeChartRender.Days} days, {r.Bars} stays drawn";
            var openRatio = r.Open.P50 / r.OpenEmpty.P50;
            var redrawRatio = r.Redraw30.P50 / r.Redraw7.P50;
            return
            [
                ResultRow.Latency(11, $"Tape chart: open ({size}) → drawn, script listening", r.Open, "p95 < 2 s", s => s.P95 < 2000,
                    "navigation until [data-tape][data-ready]; includes a new circuit and the window's query"),
                ResultRow.Latency(11, "Empty layout: open → circuit ready (baseline)", r.OpenEmpty, notes: "/bench/empty, alternating with the chart in the same page"),
                ResultRow.Value(11, "Tape chart open p50 ÷ empty layout p50", $"{r.Open.Count}", double.IsNaN(openRatio) ? "" : $"{openRatio:N1}×"),
                ResultRow.Latency(11, "Tape chart, 30 days: commit → stay redrawn", r.Redraw30, "p95 < 150 ms", s => s.P95 < 150,
                    "UPDATE one stay's check_out (psql-style); MutationObserver sees the bar's new departure day"),
                ResultRow.Latency(11, "Tape chart, 7 days: commit → stay redrawn (baseline)", r.Redraw7, notes: "the same 100 rooms, a quarter of the days"),
                ResultRow.Value(11, "Redraw p50, 30 days ÷ 7 days", $"{r.Redraw30.Count}", double.IsNaN(redrawRatio) ? "" : $"{redrawRatio:N1}×"),
                ResultRow.Latency(11, "Tape chart, 30 days: one pointer move while dragging", r.PointerMove, "p95 < 8 ms", s => s.P95 < 8,
                    "the chart's own handler: hit test, fit check against the row's stays, ghost placed, layout forced; no server round trip"),
            ];
        });

        await MeasureAsync(9, "reconnect", async () =>
        {
            await using var listener = new ListenerLatency(data.ConnectionString);
            await listener.StartAsync();
            var rows = new List<ResultRow>
            {
                ResultRow.Latency(9, "Reconnect: pg_terminate_backend → resync", await listener.MeasureReconnectAsync(options.ReconnectRepeats, listener.TerminateListenerBackendAsync),
                    notes: "includes the first backoff delay (0.5 s ± jitter)"),
            };
            if (options.ServerRestarts > 0)
                rows.Add(ResultRow.Latency(9, "Reconnect: PostgreSQL restart → resync", await listener.MeasureReconnectAsync(options.ServerRestarts, async () =>
                {
                    await server.RestartAsync();
                    NpgsqlConnection.ClearAllPools();
                }), notes: "from stopping the container (fast shutdown) and starting it again; includes the restart itself"));
            else
                rows.Add(ResultRow.NotMeasured(9, "Reconnect: PostgreSQL restart → resync", "smoke run: restarting the shared server is left to the real run"));
            return rows;
        });

        await data.DisposeAsync();
        Log($"Done in {_elapsed.Elapsed:mm\\:ss}");
        return new BenchReport(options, machine, MachineInfo.LoadAverage(), _rows, _elapsed.Elapsed, _load);
    }

    private async Task MeasureInBrowserAsync()
    {
        BenchApp? app = null;
        try
        {
            app = new BenchApp();
            await app.InitializeAsync();
            await BenchData.InsertBookingsAsync(app.ConnectionString, Math.Max(options.StormRows, 100) + 2_000);

            await MeasureAsync(2, "commit → DOM, live and polling", async () =>
            {
                var pollingApp = BenchApp.WithoutPush(app);
                await pollingApp.InitializeAsync();
                try
                {
                    var (live, beside, polling) = await new DomLatency(app, pollingApp).MeasureAsync(options.DomChanges, options.PollingChanges, options.DomGapMs);
                    return DomRows(live, beside, polling);
                }
                finally
                {
                    await pollingApp.DisposeAsync();
                }
            });

            await MeasureAsync(6, "storm", async () =>
            {
                var storm = await new Storm(app).MeasureAsync(options.StormPages, options.StormRows, options.Storms, options.StormSettleMs);
                var rows = storm.Rows.ToString("N0", CultureInfo.InvariantCulture);
                return
                [
                    ResultRow.Value(6, $"Storm: one UPDATE of {rows} bookings, {storm.Pages} pages open — peak renders per page in any 1 s",
                        $"{storm.Storms} storms × {storm.Pages} pages", $"{storm.PeakRendersPerSecond.Max:0} (median {storm.PeakRendersPerSecond.P50:0})",
                        "≤ 4 /s", storm.PeakRendersPerSecond.Max <= 4, $"renders per page per storm: median {storm.RendersPerStorm.P50:0}, max {storm.RendersPerStorm.Max:0}"),
                    ResultRow.Latency(6, "Storm: commit → every page shows the final state", storm.FinalAfterCommit, "p95 < 500 ms", s => s.P95 < 500,
                        $"worst {ResultRow.Ms(storm.FinalAfterCommit.Max)}; the UPDATE itself took {ResultRow.Ms(storm.StatementMs)} (slowest); one bulk notice per storm"),
                    .. BulkStatementRows(await BulkStatementCost.MeasureAsync(app.ConnectionString, options.StormRows, options.BulkStatementRepeats), rows),
                ];
            });

            var idle = new IdleAndMemory(app);
            await MeasureAsync(4, "idle database work (4) and memory per circuit (7)", async () =>
            {
                var polling = await idle.PollingTransactionsPerSecondAsync(options.IdlePages, options.IdleSeconds);
                var live = await idle.LiveIdleAndMemoryAsync(options.IdlePages, options.MemoryPages, options.IdleSeconds);
                return
                [
                    ResultRow.Value(4, $"Idle: database transactions/s with {live.IdlePages} pages open (BookingWeb)", $"{options.IdleSeconds} s",
                        $"{live.LiveTransactionsPerSecond:0.00}", "0", live.LiveTransactionsPerSecond < 0.05,
                        $"pg_stat_database xact_commit + xact_rollback delta; {live.IdleStatements}"),
                    ResultRow.Value(4, $"Idle: database transactions/s with {options.IdlePages} polling clients (baseline)", $"{options.IdleSeconds} s",
                        $"{polling:0.00}", "", null, "each runs a bookings page load's reads every 3 s (lower bound of a reload)"),
                    ResultRow.Value(7, $"Managed memory per circuit ({live.MemoryPages} bookings pages)", $"{live.MemoryPages}",
                        $"{live.BytesPerCircuit / 1024:N0} KB", "< 400 KB", live.BytesPerCircuit < 400 * 1024, // issue 18
                        $"GC.GetTotalMemory(true) delta ÷ pages; empty layout (/bench/empty, same run): {live.EmptyBytesPerCircuit / 1024:N0} KB, "
                        + $"bookings page minus empty layout: {(live.BytesPerCircuit - live.EmptyBytesPerCircuit) / 1024:N0} KB"),
                    ResultRow.Value(7, $"Managed memory per circuit ({live.MemoryPages} empty-layout pages, baseline)", $"{live.MemoryPages}",
                        $"{live.EmptyBytesPerCircuit / 1024:N0} KB", "", null, "/bench/empty: the signed-in layout and nothing else, measured before the bookings pages"),
                ];
            });

            // Last: its hundreds of circuits would count in row 7's memory.
            await MeasureAsync(13, "load: two instances, open pages stepped up", async () =>
            {
                var secondApp = BenchApp.BesideOf(app);
                await secondApp.InitializeAsync();
                Log("  second instance started");
                try
                {
                    var load = await new LoadCurve(app, secondApp).MeasureAsync(options.LoadSteps, options.LoadChangesPerSecond,
                        TimeSpan.FromSeconds(options.LoadSeconds), options.LoadPagesPerContext, options.LoadSettleMs, !options.Smoke, Log);
                    _load.AddRange(load.Steps.Select(s => s.Point));
                    return LoadRows.Of(load, options);
                }
                finally
                {
                    await secondApp.DisposeAsync();
                }
            });
        }
        finally
        {
            if (app is not null) await app.DisposeAsync();
        }
    }

    private static IReadOnlyList<ResultRow> BulkStatementRows(BulkStatementCost.Result cost, string rows)
    {
        var ratio = cost.StatementLevel.P50 / cost.Disabled.P50;
        const string rolledBack = "inside a transaction rolled back (no commit, no NOTIFY delivered)";
        return
        [
            ResultRow.Latency(6, $"UPDATE of {rows} bookings with the change triggers (statement-level)", cost.StatementLevel,
                notes: $"the storm's statement, {rolledBack}: {rows} audit rows by one INSERT … SELECT, one bulk notice"),
            ResultRow.Latency(6, $"UPDATE of {rows} bookings, triggers disabled (baseline)", cost.Disabled,
                notes: $"ALTER TABLE bookings DISABLE TRIGGER USER {rolledBack}"),
            ResultRow.Latency(6, $"UPDATE of {rows} bookings with the row-level trigger before issue 18 (baseline)", cost.RowLevel,
                notes: $"notify_entity_change per row, recreated {rolledBack}"),
            ResultRow.Value(6, "Triggers p50 ÷ triggers disabled p50", $"{cost.StatementLevel.Count}", double.IsNaN(ratio) ? "" : $"{ratio:N2}×",
                "≤ 1.5×", ratio <= 1.5, $"row-level before: {cost.RowLevel.P50 / cost.Disabled.P50:N2}×"),
        ];
    }

    private IReadOnlyList<ResultRow> DomRows(Samples live, Samples beside, Samples polling)
    {
        var ratio = polling.P50 / beside.P50;
        return
        [
            ResultRow.Latency(2, "Commit → DOM in another page (BookingWeb)", live, "p50 < 30 ms, p95 < 100 ms", s => s.P50 < 30 && s.P95 < 100,
                $"one change at a time, {options.DomGapMs} ms after the last one showed (beyond a page's 250 ms minimum between reloads)"),
            ResultRow.Latency(3, "Commit → DOM, polling every 3 s (baseline)", polling,
                notes: "the same page on an instance without push, reloaded every 3 s"),
            ResultRow.Latency(3, "Commit → DOM, BookingWeb, the baseline's changes", beside,
                notes: "the same commits (after row 2's), seen by the live page"),
            ResultRow.Value(3, "Polling p50 ÷ BookingWeb p50", $"{polling.Count}", double.IsNaN(ratio) ? "" : $"{ratio:N0}×", "≥ 30×", ratio >= 30),
        ];
    }

    private async Task MeasureAsync(int number, string what, Func<Task<IReadOnlyList<ResultRow>>> measure)
    {
        if (!options.Includes(number)) return;
        Log($"Measuring {number}: {what}");
        try
        {
            _rows.AddRange(await measure());
        }
        catch (Exception exception) when (!options.Smoke)
        {
            Log($"  failed: {exception}");
            _rows.Add(ResultRow.NotMeasured(number, what, $"failed in this run: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}"));
        }
    }

    private static async Task<string> PostgresVersionAsync(PostgresServer server)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("SHOW server_version", connection);
        return $"PostgreSQL {await version.ExecuteScalarAsync()}";
    }

    private void Log(string message) => log.WriteLine($"[{_elapsed.Elapsed:mm\\:ss}] {message}");
}
