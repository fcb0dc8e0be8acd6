using System.Diagnostics;
using System.Globalization;
using BookingWeb.Bench.Reporting;
using Microsoft.Playwright;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Item 11: the tape chart with 100 rooms × 30 days, in its own app and database so that exactly those rooms show.
/// Opening it (navigation → chart drawn and its script listening) beside opening the empty layout; a commit → the
/// stay redrawn on the 30-day chart beside the same on a 7-day chart; and the browser's cost of one pointer move
/// while dragging a stay (hit test, fit check and ghost placed, layout included).
/// </summary>
public sealed class TapeChartRender
{
    public const int Rooms = 100;
    public const int Days = 30;

    public sealed record Result(Samples Open, Samples OpenEmpty, Samples Redraw30, Samples Redraw7, Samples PointerMove, int Bars);

    /// <summary>Marks when the moved stay's bar shows its new departure day.</summary>
    private const string RedrawObserver = """
        () => {
          window.__want = null; window.__hit = null;
          const check = () => {
            if (!window.__want) return;
            const bar = document.querySelector(`a.bar[data-booking="${window.__want.id}"]`);
            if (bar && bar.dataset.out === String(window.__want.out)) { window.__hit = performance.timeOrigin + performance.now(); window.__want = null; }
          };
          new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
          window.__expect = (id, out) => { window.__hit = null; window.__want = { id, out }; check(); };
        }
        """;

    /// <summary>Presses on the first movable stay and times each of <c>moves</c> pointer moves through the chart's own handler.</summary>
    private const string PointerMoves = """
        (moves) => {
          const bar = [...document.querySelectorAll('a.bar[data-handles="7"]')][0];
          const tape = document.querySelector('[data-tape]');
          const box = bar.getBoundingClientRect();
          const at = (type, x, y) => bar.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, button: 0, pointerId: 1, isPrimary: true }));
          at('pointerdown', box.left + 5, box.top + 5);
          const times = [];
          const ghost = tape.querySelector('[data-drag-ghost]');
          for (let i = 1; i <= moves; i++) {
            const start = performance.now();
            at('pointermove', box.left + 5 + (i % 40) * 11, box.top + 5 + (i % 7) * 40);
            void ghost.offsetLeft; // the layout the move causes, as the next frame would pay it
            times.push(performance.now() - start);
          }
          tape.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true }));
          return times;
        }
        """;

    public async Task<Result> MeasureAsync(int opens, int redraws, int pointerMoves)
    {
        await using var app = new BenchApp();
        await app.InitializeAsync();
        var (stays, monday) = await SeedAsync(app.ConnectionString);
        // The window the stays were picked for: the database's week, even when the hotel's clock is already in the next.
        var window = $"date={monday:yyyy-MM-dd}";

        var (open, openEmpty) = (new Samples(), new Samples());
        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        for (var i = 0; i < opens; i++)
        {
            openEmpty.Add(await TimeOpenAsync(page, "/bench/empty", "[data-circuit-ready]"));
            open.Add(await TimeOpenAsync(page, $"/calendar?days={Days}&{window}", "[data-tape][data-ready]"));
        }
        var bars = await page.Locator("a.bar").CountAsync();
        var moves = await page.EvaluateAsync<double[]>(PointerMoves, pointerMoves);
        var pointerMove = new Samples();
        foreach (var move in moves) pointerMove.Add(move);

        var redraw30 = await RedrawAsync(app, page, stays, redraws);
        await TimeOpenAsync(page, $"/calendar?days=7&{window}", "[data-tape][data-ready]");
        var redraw7 = await RedrawAsync(app, page, stays, redraws);
        await BenchApp.CloseAsync(page);
        return new Result(open, openEmpty, redraw30, redraw7, pointerMove, bars);
    }

    private static async Task<double> TimeOpenAsync(IPage page, string path, string ready)
    {
        var clock = Stopwatch.StartNew();
        await BenchApp.OpenAsync(page, path);
        await page.Locator(ready).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Shortens and lengthens again, one night at a time, stays that end in the window's first week (an even count restores them).</summary>
    private static async Task<Samples> RedrawAsync(BenchApp app, IPage page, IReadOnlyList<(int Id, int CheckOutDay)> stays, int redraws)
    {
        await page.EvaluateAsync(RedrawObserver);
        var samples = new Samples();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        for (var i = 0; i < redraws; i++)
        {
            // A night off, then back on: every pair of commits leaves the stay as it was.
            var (id, checkOutDay) = stays[i / 2 % stays.Count];
            var shorter = i % 2 == 0;
            var newOut = shorter ? checkOutDay - 1 : checkOutDay;
            await page.EvaluateAsync("([id, out]) => window.__expect(id, out)", new[] { id, newOut });
            await using (var command = new NpgsqlCommand("UPDATE bookings SET check_out = check_out + @step WHERE id = @id", connection))
            {
                command.Parameters.AddWithValue("step", shorter ? -1 : 1);
                command.Parameters.AddWithValue("id", id);
                await command.ExecuteNonQueryAsync();
            }
            var committed = BenchApp.EpochMilliseconds();
            await page.WaitForFunctionAsync("() => window.__hit !== null", null, new() { Timeout = 10_000 });
            samples.Add(await page.EvaluateAsync<double>("() => window.__hit") - committed);
            await Task.Delay(300); // past a page's minimum gap between reloads, so each commit is measured alone
        }
        return samples;
    }

    /// <summary>
    /// 100 rooms; in each, back-to-back stays of 1–4 nights from a week ago to well past the window (a full house, as a
    /// busy month looks), in every holding status. Returns stays of 2+ nights ending in the window's first week, with their departure day, and that window's Monday.
    /// </summary>
    private static async Task<(IReadOnlyList<(int Id, int CheckOutDay)> Stays, DateOnly Monday)> SeedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var seed = new NpgsqlCommand($"""
            SET session_replication_role = replica;
            INSERT INTO rooms (number, name, type, max_adults, max_children, base_rate, is_active, created_at, updated_at)
            SELECT (100 + r)::text, '', (array['Single','Double','Twin','Suite'])[1 + r % 4], 2, 1, 100, true, now(), now()
            FROM generate_series(1, {Rooms}) r;
            INSERT INTO guests (first_name, last_name, created_at, updated_at)
            SELECT 'Tape' || g, (array['Müller','Smith','Garcia','Rossi','Dubois','Nowak','Jensen','Silva'])[1 + g % 8] || g, now(), now()
            FROM generate_series(1, 500) g;
            WITH nights AS (
                SELECT r.id AS room_id, s.n, 1 + (r.id * 7 + s.n * 3) % 4 AS length
                FROM rooms r CROSS JOIN generate_series(0, 19) s(n)),
            stays AS (
                SELECT room_id, n, current_date - 7 + (sum(length) OVER (PARTITION BY room_id ORDER BY n) - length)::int AS check_in, length
                FROM nights)
            INSERT INTO bookings (reservation_number, room_id, guest_id, check_in, check_out, adults, children, status,
                                  rate_per_night, payment_status, amount_paid, created_at, updated_at)
            SELECT 'TAPE-' || room_id || '-' || n, room_id, (SELECT min(id) FROM guests) + (room_id * 20 + n) % 500, check_in, check_in + length, 1, 0,
                   CASE WHEN check_in + length <= current_date THEN 'CheckedOut' WHEN check_in <= current_date THEN 'CheckedIn'
                        WHEN n % 5 = 0 THEN 'Tentative' ELSE 'Confirmed' END,
                   100, 'Unpaid', 0, now(), now()
            FROM stays;
            SET session_replication_role = origin;
            ANALYZE;
            """, connection))
            await seed.ExecuteNonQueryAsync();

        // The window starts on this week's Monday; these stays end in its first week and can lose a night and win it back
        // while still ending after Monday (a stay leaving on the window's first day has no night in it and no bar).
        await using var pick = new NpgsqlCommand("""
            SELECT id, check_out - date '0001-01-01' FROM bookings, (SELECT date_trunc('week', current_date)::date AS monday) week
            WHERE check_out - check_in >= 2 AND check_out BETWEEN monday + 2 AND monday + 6 ORDER BY id LIMIT 50
            """, connection);
        var stays = new List<(int, int)>();
        await using var reader = await pick.ExecuteReaderAsync();
        while (await reader.ReadAsync()) stays.Add((reader.GetInt32(0), reader.GetInt32(1)));
        if (stays.Count == 0) throw new InvalidOperationException("The seed made no stay of two nights ending this week after Tuesday.");
        await reader.CloseAsync();
        await using var week = new NpgsqlCommand("SELECT to_char(date_trunc('week', current_date), 'YYYY-MM-DD')", connection);
        return (stays, DateOnly.ParseExact((string)(await week.ExecuteScalarAsync())!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
