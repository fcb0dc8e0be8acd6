using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>
/// A <see cref="ChangeListener"/> on a real database with quick reconnects, feeding a <see cref="ChangeFeed"/> whose
/// changes, resyncs and states a test can wait for, and whose log it can read.
/// </summary>
public sealed class ListenerUnderTest : IAsyncDisposable
{
    private readonly IDisposable _subscription;

    private ListenerUnderTest(string connectionString)
    {
        _subscription = Feed.Subscribe(Changes.Add, () => Resyncs.Add(DateTimeOffset.UtcNow), States.Add);
        var options = new ListenerOptions
        {
            ConnectionString = connectionString,
            KeepaliveSeconds = 1,
            ReconnectMinDelaySeconds = 0.05,
            ReconnectMaxDelaySeconds = 0.5,
        };
        Listener = new ChangeListener(Options.Create(options), Feed, TimeProvider.System, Log);
    }

    public ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);
    public ChangeListener Listener { get; }
    public ListLogger<ChangeListener> Log { get; } = new();
    public Recorder<EntityChange> Changes { get; } = new();
    public Recorder<ListenerState> States { get; } = new();
    public Recorder<DateTimeOffset> Resyncs { get; } = new();

    /// <summary>Starts listening and waits until the listener is live.</summary>
    public static async Task<ListenerUnderTest> StartAsync(string connectionString)
    {
        var listener = new ListenerUnderTest(connectionString);
        await listener.Listener.StartAsync(CancellationToken.None);
        await listener.States.WaitForAsync(state => state.IsLive, "the listener is live");
        return listener;
    }

    /// <summary>Waits until the listener went through Reconnecting back to Live and raised a resync after <paramref name="resyncsBefore"/>.</summary>
    public async Task ReconnectedAsync(int resyncsBefore)
    {
        await States.WaitUntilAsync(states => states.SkipWhile(s => s.Status != ListenerStatus.Reconnecting).Any(s => s.IsLive),
            "the listener reported Reconnecting and then Live again");
        await Resyncs.WaitUntilAsync(items => items.Count > resyncsBefore, "a resync was raised");
    }

    public async ValueTask DisposeAsync()
    {
        await Listener.StopAsync(CancellationToken.None);
        Listener.Dispose();
        _subscription.Dispose();
        Feed.Dispose();
    }
}
