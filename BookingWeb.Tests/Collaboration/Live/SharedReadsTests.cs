using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Time.Testing;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>Many pages reloading after one change ask the database once, but never get an answer older than a change they heard of.</summary>
public sealed class SharedReadsTests : IDisposable
{
    private readonly ChangeFeed _feed = new(new ListLogger<ChangeFeed>());
    private readonly FakeTimeProvider _time = new();
    private readonly SharedReads _reads;
    private readonly TaskCompletionSource<string> _database = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _readsRun;

    public SharedReadsTests()
    {
        _reads = new SharedReads(_feed, _time);
        _feed.UpdateState(state => state with { Status = ListenerStatus.Live });
    }

    private Task<string> Read(string key = "bookings page 1", DateTimeOffset? heardAt = null) => _reads.ReadAsync(key, () =>
    {
        Interlocked.Increment(ref _readsRun);
        return _database.Task;
    }, heardAt);

    [Fact]
    public async Task Twenty_pages_reading_the_same_thing_at_once_cost_one_read_and_all_get_its_answer()
    {
        var pages = Enumerable.Range(0, 20).Select(_ => Read()).ToList();

        _database.SetResult("rows");

        Assert.All(await Task.WhenAll(pages), answer => Assert.Equal("rows", answer));
        Assert.Equal(1, _readsRun);
        Assert.Equal(0, _reads.RunningCount);
    }

    [Fact]
    public async Task A_read_started_before_the_latest_change_arrived_is_not_shared_it_might_not_hold_that_change()
    {
        var before = Read();
        _time.Advance(TimeSpan.FromMilliseconds(1));
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, 1, 1) with { ReceivedAt = _time.GetUtcNow() });

        var after = Read();
        _database.SetResult("rows");
        await Task.WhenAll(before, after);

        Assert.Equal(2, _readsRun);
    }

    [Fact]
    public async Task A_read_started_after_the_latest_change_is_shared()
    {
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, 1, 1) with { ReceivedAt = _time.GetUtcNow() });
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var first = Read();
        var second = Read();
        _database.SetResult("rows");
        await Task.WhenAll(first, second);

        Assert.Equal(1, _readsRun);
    }

    [Fact]
    public async Task A_page_reloading_for_an_earlier_change_may_join_a_read_started_after_that_change_though_newer_ones_arrived()
    {
        var pagesChange = _time.GetUtcNow();
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, 1, 1) with { ReceivedAt = pagesChange });
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var running = Read();
        _time.Advance(TimeSpan.FromMilliseconds(1));
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, 2, 2) with { ReceivedAt = _time.GetUtcNow() }); // the page reloads again for this one

        var page = Read(heardAt: pagesChange);
        _database.SetResult("rows");
        await Task.WhenAll(running, page);

        Assert.Equal(1, _readsRun);
    }

    [Fact]
    public async Task While_live_updates_are_paused_every_read_runs_by_itself()
    {
        _feed.UpdateState(state => state with { Status = ListenerStatus.Reconnecting });

        var first = Read();
        var second = Read();
        _database.SetResult("rows");
        await Task.WhenAll(first, second);

        Assert.Equal(2, _readsRun);
    }

    [Fact]
    public async Task Different_reads_are_never_shared()
    {
        var first = Read("bookings page 1");
        var second = Read("bookings page 2");
        _database.SetResult("rows");
        await Task.WhenAll(first, second);

        Assert.Equal(2, _readsRun);
    }

    [Fact]
    public async Task A_failed_read_fails_everyone_who_joined_it_and_the_next_read_runs_again()
    {
        var first = Read();
        var joined = Read();
        _database.SetException(new TimeoutException("the database did not answer"));

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        await Assert.ThrowsAsync<TimeoutException>(() => joined);
        Assert.Equal(1, _readsRun);
        Assert.Equal(0, _reads.RunningCount);
    }

    public void Dispose() => _feed.Dispose();
}
