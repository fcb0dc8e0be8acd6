using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Logging;

namespace BookingWeb.Tests.Collaboration.Live;

public sealed class ChangeFeedTests : IDisposable
{
    private readonly ListLogger<ChangeFeed> _log = new();
    private readonly ChangeFeed _feed;

    public ChangeFeedTests() => _feed = new ChangeFeed(_log);

    [Fact]
    public async Task A_throwing_subscriber_is_logged_and_the_others_still_receive_every_change()
    {
        var before = new Recorder<EntityChange>();
        var after = new Recorder<EntityChange>();
        using var first = _feed.Subscribe(onChange: before.Add);
        using var failing = _feed.Subscribe(onChange: _ => throw new InvalidOperationException("boom"));
        using var last = _feed.Subscribe(onChange: after.Add);

        _feed.PublishChange(Changes.Of(ChangeTable.Rooms, 1));
        _feed.PublishChange(Changes.Of(ChangeTable.Rooms, 2));

        await before.WaitUntilAsync(items => items.Count == 2, "the first subscriber saw both changes");
        await after.WaitUntilAsync(items => items.Count == 2, "the last subscriber saw both changes");
        await Eventually.TrueAsync(() => _log.Entries.Count(e => e.Level == LogLevel.Error) == 2, "both failures were logged");
    }

    [Fact]
    public async Task A_stuck_subscriber_delays_nobody_else_and_catches_up_in_order_when_freed()
    {
        using var release = new ManualResetEventSlim();
        var stuck = new Recorder<int>();
        var others = new Recorder<int>();
        using var slow = _feed.Subscribe(onChange: change =>
        {
            release.Wait(TimeSpan.FromSeconds(30));
            stuck.Add(change.Id);
        });
        using var fast = _feed.Subscribe(onChange: change => others.Add(change.Id));

        for (var id = 1; id <= 3; id++) _feed.PublishChange(Changes.Of(ChangeTable.Rooms, id));

        Assert.Equal([1, 2, 3], await others.WaitUntilAsync(items => items.Count == 3, "the fast subscriber saw every change"));
        Assert.Empty(stuck.Items);
        release.Set();
        Assert.Equal([1, 2, 3], await stuck.WaitUntilAsync(items => items.Count == 3, "the freed subscriber caught up"));
    }

    [Fact]
    public async Task Events_arrive_in_the_order_they_were_published()
    {
        var seen = new Recorder<string>();
        using var subscription = _feed.Subscribe(
            onChange: change => seen.Add($"change {change.Id}"),
            onResync: () => seen.Add("resync"),
            onStateChanged: state => seen.Add(state.Status.ToString()));

        _feed.UpdateState(state => state with { Status = ListenerStatus.Reconnecting, LastError = "gone" });
        _feed.UpdateState(state => state with { Status = ListenerStatus.Live, ReconnectCount = 1 });
        _feed.PublishResync();
        _feed.PublishChange(Changes.Of(ChangeTable.Guests, 7));

        var events = await seen.WaitUntilAsync(items => items.Count == 4, "four events arrived");
        Assert.Equal(["Reconnecting", "Live", "resync", "change 7"], events);
        Assert.Equal(new ListenerState(ListenerStatus.Live, _feed.State.LastEventAt, 1, "gone"), _feed.State);
        Assert.NotNull(_feed.State.LastEventAt);
    }

    [Fact]
    public async Task A_burst_reaches_a_batch_subscriber_as_a_few_lists_in_order_with_a_resync_kept_in_its_place()
    {
        var lists = new Recorder<IReadOnlyList<int>>();
        var seen = new Recorder<string>();
        using var release = new ManualResetEventSlim();
        // Held up on the first list, so that the rest of the burst queues behind it as a subscriber under load would see it.
        using var subscription = _feed.SubscribeToBatches(
            changes =>
            {
                release.Wait(TimeSpan.FromSeconds(30));
                lists.Add(changes.Select(c => c.Id).ToList());
                seen.Add($"{changes.Count} changes");
            },
            onResync: () => seen.Add("resync"));

        for (var id = 1; id <= 5_000; id++) _feed.PublishChange(Changes.Of(ChangeTable.Bookings, id, id));
        _feed.PublishResync();
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, 5_001, 5_001));
        release.Set();

        await seen.WaitUntilAsync(items => items.LastOrDefault() == "1 changes", "the change after the resync arrived");
        var ids = lists.Items.SelectMany(list => list).ToList();
        Assert.Equal(Enumerable.Range(1, 5_001), ids);
        Assert.InRange(lists.Items.Count, 2, 20);
        Assert.Equal(2, seen.Items.SkipWhile(item => item != "resync").Count());
    }

    [Fact]
    public void Ten_thousand_pages_opening_and_closing_leave_no_subscriber_behind()
    {
        var subscriptions = Enumerable.Range(0, 10_000).Select(_ => _feed.Subscribe(onChange: _ => { })).ToList();
        Assert.Equal(10_000, _feed.SubscriberCount);

        foreach (var subscription in subscriptions) subscription.Dispose();

        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public async Task Disposing_a_subscription_twice_is_harmless_and_stops_delivery()
    {
        var disposed = new Recorder<EntityChange>();
        var kept = new Recorder<EntityChange>();
        var subscription = _feed.Subscribe(onChange: disposed.Add);
        using var other = _feed.Subscribe(onChange: kept.Add);

        subscription.Dispose();
        subscription.Dispose();
        _feed.PublishChange(Changes.Of(ChangeTable.Rooms, 3));

        await kept.WaitUntilAsync(items => items.Count == 1, "the remaining subscriber saw the change");
        Assert.Empty(disposed.Items);
        Assert.Equal(1, _feed.SubscriberCount);
    }

    public void Dispose() => _feed.Dispose();
}
