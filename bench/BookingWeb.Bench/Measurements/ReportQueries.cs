using System.Diagnostics;
using BookingWeb.Bench.Reporting;
using BookingWeb.Collaboration.Live;
using BookingWeb.Features.Reports;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Item 10: server time of <see cref="ReportService.LoadAsync"/> (the reports page's read) on the grid's bookings, a
/// third of them with services and a fifth with a discount, beside a baseline measured in the same run: the same
/// figures worked out in memory from the bookings and lines of the range, as a page without SQL aggregation would.
/// </summary>
public static class ReportQueries
{
    /// <summary>The range the page opens with; its time is the one with a goal.</summary>
    public const string DefaultRangeName = "3 months";

    public static IReadOnlyList<(string Name, ReportRange Range)> Cases { get; } =
    [
        (DefaultRangeName, Starting(300, months: 3)),
        ("2 years (the longest range)", new ReportRange(FirstDay, FirstDay.AddYears(ReportRange.MaxYears).AddDays(-1))),
    ];

    private static DateOnly FirstDay => DateOnly.FromDateTime(DateTime.Today).AddDays(BenchData.DaysAhead);

    private static ReportRange Starting(int days, int months) => new(FirstDay.AddDays(days), FirstDay.AddDays(days).AddMonths(months).AddDays(-1));

    public sealed record Result(string Name, int Bookings, Samples InPostgres, Samples InMemory);

    public static async Task<IReadOnlyList<Result>> MeasureAsync(string connectionString, IDbContextFactory<BookingDbContext> contexts, int repeats, int baselineRepeats)
    {
        await AddLinesAsync(connectionString);
        // No listener here, so no read is ever shared: each one is measured on its own.
        var reports = new ReportService(contexts, new SharedReads(new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System));
        var results = new List<Result>();
        foreach (var (name, range) in Cases)
        {
            var inPostgres = new Samples();
            var inMemory = new Samples();
            var bookings = 0;
            // Interleaved, so that both see the same machine noise; the first rounds warm up.
            for (var i = 0; i < Math.Max(repeats, baselineRepeats) + 2; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var report = await reports.LoadAsync(range);
                if (i >= 2 && i - 2 < repeats) inPostgres.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (i >= baselineRepeats + 2) continue;
                start = Stopwatch.GetTimestamp();
                var (revenue, counted) = await InMemoryAsync(contexts, range);
                if (i >= 2) inMemory.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                bookings = counted;
                if (counted == 0 || Math.Abs(revenue - report.Whole.Revenue.Total) > 0.01m)
                    throw new InvalidOperationException($"The report '{name}' and its baseline disagree: {report.Whole.Revenue.Total} and {revenue} from {counted} bookings.");
            }
            results.Add(new Result(name, bookings, inPostgres, inMemory));
        }
        return results;
    }

    /// <summary>The baseline: every booking of the range with its lines, priced by <see cref="BookingTotals"/> and spread over its nights.</summary>
    private static async Task<(decimal Revenue, int Bookings)> InMemoryAsync(IDbContextFactory<BookingDbContext> contexts, ReportRange range)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var bookings = await db.Bookings.AsNoTracking().Include(b => b.Services).Include(b => b.Discounts).AsSplitQuery()
            .Where(b => !Booking.FreeingStatuses.Contains(b.Status) && b.CheckIn <= range.To && b.CheckOut > range.From)
            .ToListAsync();
        var byNight = new Dictionary<DateOnly, decimal>();
        foreach (var booking in bookings)
        {
            var totals = booking.Totals;
            for (var night = booking.CheckIn; night < booking.CheckOut; night = night.AddDays(1))
                if (night >= range.From && night <= range.To)
                    byNight[night] = byNight.GetValueOrDefault(night) + totals.GrandTotal / totals.Nights;
        }
        return (byNight.Values.Sum(), bookings.Count);
    }

    /// <summary>Breakfast on every third booking, 10 % off every fifth; triggers skipped, as <see cref="BenchData"/> seeds.</summary>
    private static async Task AddLinesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SET session_replication_role = replica;
            INSERT INTO additional_services (booking_id, description, quantity, unit_price, created_at, updated_at)
            SELECT id, 'Breakfast', 2, 14.50, now(), now() FROM bookings WHERE id % 3 = 0;
            INSERT INTO discounts (booking_id, description, kind, value, created_at, updated_at)
            SELECT id, 'Regular guest', 'Percent', 10, now(), now() FROM bookings WHERE id % 5 = 0;
            SET session_replication_role = origin;
            ANALYZE additional_services; ANALYZE discounts;
            """, connection);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
