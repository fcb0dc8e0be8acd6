using System.Diagnostics;
using BookingWeb.Bench.Reporting;
using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Item 5: one change published to N in-process <see cref="ChangeFeed"/> subscribers; the time from
/// <see cref="ChangeFeed.PublishChange"/> until the last handler ran. Each handler does what a page's does first:
/// match the change against its filter and note it.
/// </summary>
public static class FanOut
{
    public static async Task<Samples> MeasureAsync(int subscribers, int repeats)
    {
        using var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var filter = ChangeFilter.For(ChangeTable.Bookings, ChangeTable.Guests);
        var remaining = 0;
        var matched = 0;
        TaskCompletionSource<long> allRan = new();
        var subscriptions = Enumerable.Range(0, subscribers).Select(_ => feed.Subscribe(onChange: change =>
        {
            if (filter.Matches(change)) Interlocked.Increment(ref matched);
            if (Interlocked.Decrement(ref remaining) == 0) allRan.TrySetResult(Stopwatch.GetTimestamp());
        })).ToList();

        var samples = new Samples();
        for (var i = 0; i < repeats + 20; i++)
        {
            allRan = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref remaining, subscribers);
            var change = new EntityChange(ChangeTable.Bookings, ChangeOperation.Update, i, i, (uint)i, null, null, i, DateTimeOffset.UtcNow);
            var start = Stopwatch.GetTimestamp();
            feed.PublishChange(change);
            var end = await allRan.Task.WaitAsync(TimeSpan.FromSeconds(30));
            if (i >= 20) samples.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
        }
        foreach (var subscription in subscriptions) subscription.Dispose();
        if (feed.SubscriberCount != 0) throw new InvalidOperationException("Subscriptions leaked.");
        return samples;
    }
}
