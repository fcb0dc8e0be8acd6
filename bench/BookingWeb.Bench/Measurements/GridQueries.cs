using System.Diagnostics;
using BookingWeb.Bench.Reporting;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Bench.Measurements;

/// <summary>Item 8: server time of <see cref="BookingQueries.ListAsync"/> (the bookings grid's one query) on a big table.</summary>
public static class GridQueries
{
    public static IReadOnlyList<(string Name, BookingFilter Filter, BookingSort Sort, int Skip)> Cases { get; } =
    [
        ("first page", BookingFilter.None, BookingSort.Default, 0),
        ("sort by guest, page 40", BookingFilter.None, new BookingSort(nameof(BookingListItem.GuestName), false), 1000),
        ("filter: status + stay range", new BookingFilter
        {
            Statuses = [BookingStatus.Confirmed, BookingStatus.CheckedIn],
            StayFrom = DateOnly.FromDateTime(DateTime.Today).AddDays(BenchData.DaysAhead + 300),
            StayTo = DateOnly.FromDateTime(DateTime.Today).AddDays(BenchData.DaysAhead + 330),
        }, BookingSort.Default, 0),
        ("search \"smith12\"", new BookingFilter { Search = "smith12" }, BookingSort.Default, 0),
    ];

    public static async Task<IReadOnlyList<(string Name, Samples Samples)>> MeasureAsync(IDbContextFactory<BookingDbContext> contexts, int repeats)
    {
        // No listener here, so no read is ever shared: each one is measured on its own.
        var unshared = new SharedReads(new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System);
        var queries = new BookingQueries(contexts, unshared, NullLogger<BookingQueries>.Instance);
        var results = Cases.Select(c => (c.Name, Samples: new Samples())).ToList();
        // Interleaved, so that each case sees the same machine noise.
        for (var i = 0; i < repeats + 5; i++)
        {
            for (var c = 0; c < Cases.Count; c++)
            {
                var (_, filter, sort, skip) = Cases[c];
                var start = Stopwatch.GetTimestamp();
                var page = await queries.ListAsync(filter, sort, skip, 25);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (page.Items.Count == 0) throw new InvalidOperationException($"The grid case '{Cases[c].Name}' found no rows.");
                if (i >= 5) results[c].Samples.Add(elapsed);
            }
        }
        return results;
    }
}
