using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Time.Testing;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>A burst of changes becomes one toast that tells the whole count, and a lone change still shows within a moment.</summary>
public sealed class GatheredPaceTests : IDisposable
{
    private readonly ChangeFeed _feed = new(new ListLogger<ChangeFeed>());
    private readonly FakeTimeProvider _time = new();
    private readonly Recorder<IReadOnlyList<EntityChange>> _handed = new();
    private readonly LiveReloader _gatherer;

    public GatheredPaceTests()
    {
        _gatherer = new LiveReloader(_feed, ChangeFilter.For(ChangeTable.Bookings), changes =>
        {
            _handed.Add(changes);
            return Task.CompletedTask;
        }, work => work(), new ListLogger<LiveReloader>(), _time, LivePace.Gathered);
    }

    [Fact]
    public async Task A_lone_change_is_handed_over_once_the_feed_was_quiet_for_a_moment()
    {
        await PublishAsync(1);

        _time.Advance(LivePace.Gathered.Interval - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_handed.Items);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var handed = await _handed.WaitUntilAsync(h => h.Count == 1, "the change was handed over");
        Assert.Equal(1, Assert.Single(handed[0]).Id);
    }

    [Fact]
    public async Task Changes_that_keep_coming_within_the_quiet_period_are_handed_over_together_once()
    {
        for (var id = 1; id <= 5; id++)
        {
            await PublishAsync(id);
            _time.Advance(LivePace.Gathered.Interval / 2);
        }
        Assert.Empty(_handed.Items);

        _time.Advance(LivePace.Gathered.Interval);

        var handed = await _handed.WaitUntilAsync(h => h.Count == 1, "the burst was handed over");
        Assert.Equal([1, 2, 3, 4, 5], handed[0].Select(c => c.Id));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Single(_handed.Items);
    }

    [Fact]
    public async Task A_stream_that_never_pauses_is_still_handed_over_after_the_longest_wait()
    {
        var step = LivePace.Gathered.Interval / 2;
        var id = 0;
        while (_handed.Items.Count == 0 && id < 100)
        {
            await PublishAsync(++id);
            _time.Advance(step);
        }

        var first = Assert.Single(_handed.Items);
        Assert.Equal((int)(LivePace.Gathered.MostWait!.Value / step), first.Count);
    }

    [Fact]
    public async Task Changes_it_does_not_watch_are_never_handed_over()
    {
        _feed.PublishChange(Changes.Of(ChangeTable.Guests, 7));
        await PublishAsync(1);

        _time.Advance(LivePace.Gathered.Interval);

        var handed = await _handed.WaitUntilAsync(h => h.Count == 1, "the booking change was handed over");
        Assert.Equal(ChangeTable.Bookings, Assert.Single(handed[0]).Table);
    }

    /// <summary>Publishes a booking change and waits until the gatherer holds it (the feed delivers on the thread pool).</summary>
    private async Task PublishAsync(int id)
    {
        var before = _gatherer.PendingCount;
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, id, id));
        await Eventually.TrueAsync(() => _gatherer.PendingCount == before + 1, "the gatherer received the change");
    }

    public void Dispose()
    {
        _gatherer.Dispose();
        _feed.Dispose();
    }
}
