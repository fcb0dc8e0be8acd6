using System.Data;
using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace BookingWeb.Features.Reports;

/// <summary>
/// Reads the reports (definitions: <see cref="ReportSnapshot"/>). PostgreSQL adds up the nights and the money per night
/// and the arrivals per weekday; what crosses the wire is one row per night of the range (at most two years' worth) and
/// seven weekdays, whatever the number of bookings. Months and the whole range are added up from the nights.
/// </summary>
public sealed class ReportService(IDbContextFactory<BookingDbContext> contextFactory, SharedReads sharedReads)
{
    /// <summary>
    /// The reports of <paramref name="range"/>. Pages showing the same range at the same moment share one read, which
    /// holds at least the changes announced up to <paramref name="heardAt"/> (see <see cref="SharedReads"/>).
    /// </summary>
    public Task<ReportSnapshot> LoadAsync(ReportRange range, DateTimeOffset? heardAt = null, CancellationToken cancellationToken = default)
    {
        if (ReportRange.Refusal(range.From, range.To) is { } refusal) throw new ArgumentException(refusal, nameof(range));
        return sharedReads.ReadAsync(new SnapshotRead(range), () => ReadAsync(range), heardAt, cancellationToken);
    }

    private sealed record SnapshotRead(ReportRange Range);

    private async Task<ReportSnapshot> ReadAsync(ReportRange range)
    {
        var cancellationToken = CancellationToken.None; // shared by several callers: none of them may cancel it
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One snapshot of the data for all three reads, so that the rooms, nights and arrivals agree with each other.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

        var activeRooms = await db.Rooms.CountAsync(r => r.IsActive, cancellationToken);
        var nights = (await db.Database.SqlQueryRaw<NightRow>(NightsSql, Parameters(range)).ToListAsync(cancellationToken))
            .ToDictionary(n => n.Night);
        var arrivals = (await db.Database.SqlQueryRaw<WeekdayRow>(ArrivalsSql, Parameters(range)).ToListAsync(cancellationToken))
            .ToDictionary(a => a.IsoWeekday, a => a.Arrivals);
        await transaction.CommitAsync(cancellationToken);

        var days = range.EachNight.Select(night => nights.TryGetValue(night, out var row)
                ? new ReportPeriod(night, night, activeRooms, row.Occupied, row.Sold, new Revenue(row.Rooms, row.Services, row.Discounts))
                : new ReportPeriod(night, night, activeRooms, 0, 0, default))
            .ToList();
        var months = days.GroupBy(d => (d.Start.Year, d.Start.Month)).Select(month => ReportPeriod.Sum(month.ToList())).ToList();
        return new ReportSnapshot(range, activeRooms, days, months, ReportPeriod.Sum(days),
            IsoWeek.Select(day => new WeekdayArrivals(day, arrivals.GetValueOrDefault(IsoNumber(day)))).ToList());
    }

    /// <summary>Monday first, as the calendar shows a week.</summary>
    private static readonly DayOfWeek[] IsoWeek =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static int IsoNumber(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    private static object[] Parameters(ReportRange range) =>
    [
        new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = range.From },
        new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = range.To },
        new NpgsqlParameter("freeing", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Booking.FreeingStatuses.Select(s => s.ToString()).ToArray() },
    ];

    // Each booking touching the range, priced once, then one row per night of it inside the range: the work grows with
    // the room-nights in the range, not with the bookings in the database. A night's share is the booking's money ÷ its
    // nights. MATERIALIZED: inlined, a booking's money would be worked out again for each of its nights.
    private const string NightsSql = $"""
        WITH shares AS MATERIALIZED (
            SELECT b.check_in, b.check_out, r.is_active,
                   money.room_total / (b.check_out - b.check_in) AS rooms,
                   money.services_total / (b.check_out - b.check_in) AS services,
                   money.discount_total / (b.check_out - b.check_in) AS discounts
            FROM bookings b
            JOIN rooms r ON r.id = b.room_id
            {BookingTotalsSql.LateralJoins}
            WHERE b.status <> ALL(@freeing) AND b.check_in <= @to AND b.check_out > @from
        )
        SELECT s.check_in + k AS "Night",
               (count(*) FILTER (WHERE s.is_active))::int AS "Occupied",
               count(*)::int AS "Sold",
               sum(s.rooms) AS "Rooms",
               sum(s.services) AS "Services",
               sum(s.discounts) AS "Discounts"
        FROM shares s
        CROSS JOIN LATERAL generate_series(greatest(s.check_in, @from) - s.check_in, least(s.check_out - 1, @to) - s.check_in) AS k
        GROUP BY 1
        """;

    private const string ArrivalsSql = """
        SELECT extract(isodow FROM b.check_in)::int AS "IsoWeekday", count(*)::int AS "Arrivals"
        FROM bookings b
        WHERE b.status <> ALL(@freeing) AND b.check_in BETWEEN @from AND @to
        GROUP BY 1
        """;

    private sealed class NightRow
    {
        public DateOnly Night { get; init; }
        public int Occupied { get; init; }
        public int Sold { get; init; }
        public decimal Rooms { get; init; }
        public decimal Services { get; init; }
        public decimal Discounts { get; init; }
    }

    private sealed class WeekdayRow
    {
        public int IsoWeekday { get; init; }
        public int Arrivals { get; init; }
    }
}
