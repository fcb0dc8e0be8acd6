using BookingWeb.Collaboration.Live;
using BookingWeb.Features.Bookings.List;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>
/// The rows a live change refreshes on every open bookings page: as the list shows them, only those the page's filter
/// keeps, and read once for all the pages that refresh the same rows at the same moment.
/// </summary>
public class BookingRowsQueryTests(BookingListDatabase database) : IClassFixture<BookingListDatabase>
{
    private readonly CountingFactory _contexts = new(database.ContextFactory);
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    private BookingQueries Queries() => new(_contexts, new SharedReads(_feed, TimeProvider.System), NullLogger<BookingQueries>.Instance);

    private async Task<int[]> IdsAsync(params string[] numbers)
    {
        await using var db = database.CreateContext();
        return await db.Bookings.Where(b => numbers.Contains(b.ReservationNumber)).Select(b => b.Id).ToArrayAsync();
    }

    [Fact]
    public async Task Refreshed_rows_read_like_the_list_and_leave_out_those_the_filter_no_longer_keeps()
    {
        var ids = await IdsAsync("RES-2026-0001", "RES-2026-0002");

        var rows = await Queries().RowsAsync(new BookingFilter { Statuses = [BookingStatus.Confirmed] }, ids);

        var ada = Assert.Single(rows);
        Assert.Equal(("RES-2026-0001", "101", 297.00m), (ada.ReservationNumber, ada.RoomNumber, ada.GrandTotal));
    }

    [Fact]
    public async Task Twenty_pages_refreshing_the_same_rows_after_one_change_read_them_once_however_each_lists_the_ids()
    {
        _feed.UpdateState(state => state with { Status = ListenerStatus.Live });
        var ids = await IdsAsync("RES-2026-0001", "RES-2026-0003");
        var queries = Queries();
        var before = _contexts.Created;

        var pages = await Task.WhenAll(Enumerable.Range(0, 20).Select(page =>
            queries.RowsAsync(new BookingFilter(), page % 2 == 0 ? ids : ids.Reverse().ToArray())));

        Assert.All(pages, rows => Assert.Equal(["RES-2026-0001", "RES-2026-0003"], rows.Select(r => r.ReservationNumber).Order()));
        Assert.InRange(_contexts.Created - before, 1, 2); // one read; two if the first had ended before the last page asked
    }

    [Fact]
    public async Task While_live_updates_are_away_every_page_reads_its_rows_itself()
    {
        var ids = await IdsAsync("RES-2026-0001");
        var queries = Queries();
        var before = _contexts.Created;

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => queries.RowsAsync(new BookingFilter(), ids)));

        Assert.Equal(5, _contexts.Created - before);
    }

    /// <summary>The real factory, counting the contexts it hands out: one per trip to the database here.</summary>
    private sealed class CountingFactory(IDbContextFactory<BookingDbContext> real) : IDbContextFactory<BookingDbContext>
    {
        private int _created;
        public int Created => Volatile.Read(ref _created);

        public BookingDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            return real.CreateDbContext();
        }
    }
}
