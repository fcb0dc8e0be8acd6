using System.Collections.Concurrent;
using System.Threading.Channels;
using BookingWeb.Hosting;

namespace BookingWeb.Realtime;

/// <summary>
/// The in-process fan-out of database changes to every subscriber (pages, through <see cref="LiveReloader"/>).
/// Publishing only enqueues, so the listener's reading loop is never held up; one dispatcher task hands each
/// event to every subscription's own queue, and each subscription runs its handler for its events in order on
/// the thread pool: a slow subscriber delays only itself, a throwing one is logged and the others carry on.
/// Subscriptions live in a dictionary, so disposing one costs the same with 10,000 others.
/// </summary>
public sealed class ChangeFeed : IDisposable
{
    private readonly ConcurrentDictionary<long, Subscription> _subscriptions = new();
    private readonly Channel<Delivery> _deliveries =
        Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _stateGate = new();
    private readonly ILogger<ChangeFeed> _logger;
    private readonly BookingWebMetrics? _metrics;
    private long _lastSubscriptionId;
    private ListenerState _state = ListenerState.Initial;

    public ChangeFeed(ILogger<ChangeFeed> logger, BookingWebMetrics? metrics = null)
    {
        _logger = logger;
        _metrics = metrics;
        _ = Task.Run(DeliverAsync);
    }

    public ListenerState State => Volatile.Read(ref _state);

    public int SubscriberCount => _subscriptions.Count;

    /// <summary>Receive changes, resyncs (reload everything: changes may have been missed) and listener state changes until disposed.</summary>
    public IDisposable Subscribe(
        Action<EntityChange>? onChange = null, Action? onResync = null, Action<ListenerState>? onStateChanged = null)
    {
        var id = Interlocked.Increment(ref _lastSubscriptionId);
        var subscription = new Subscription(this, id, onChange, onResync, onStateChanged);
        _subscriptions[id] = subscription;
        _metrics?.Subscribed();
        return subscription;
    }

    public void PublishChange(EntityChange change)
    {
        lock (_stateGate) Volatile.Write(ref _state, _state with { LastEventAt = change.ReceivedAt });
        _metrics?.NotificationReceived();
        Enqueue(subscription => subscription.OnChange?.Invoke(change), change.ReceivedAt);
    }

    public void PublishResync() => Enqueue(subscription => subscription.OnResync?.Invoke());

    /// <summary>Applies a state transition; subscribers hear of it unless only <see cref="ListenerState.LastEventAt"/> moved.</summary>
    public void UpdateState(Func<ListenerState, ListenerState> transition)
    {
        ListenerState next;
        lock (_stateGate)
        {
            var previous = _state;
            next = transition(previous);
            Volatile.Write(ref _state, next);
            if (next.ReconnectCount > previous.ReconnectCount) _metrics?.ListenerReconnected();
            if (next == previous with { LastEventAt = next.LastEventAt }) return;
        }
        Enqueue(subscription => subscription.OnStateChanged?.Invoke(next));
    }

    public void Dispose() => _deliveries.Writer.TryComplete();

    private void Enqueue(Action<Subscription> delivery, DateTimeOffset? receivedAt = null)
    {
        if (!_deliveries.Writer.TryWrite(new Delivery(delivery, receivedAt)))
            _logger.LogDebug("Change feed is shut down; event dropped");
    }

    /// <summary>
    /// Hands each event to every subscription's own queue. A subscription drains its queue on the thread pool,
    /// one event at a time and in order, so a slow or stuck subscriber only ever delays itself.
    /// </summary>
    private async Task DeliverAsync()
    {
        await foreach (var delivery in _deliveries.Reader.ReadAllAsync())
        {
            foreach (var subscription in _subscriptions.Values) subscription.Post(delivery);
            if (delivery.ReceivedAt is { } receivedAt) _metrics?.Dispatched(DateTimeOffset.UtcNow - receivedAt);
        }
    }

    private sealed record Delivery(Action<Subscription> Deliver, DateTimeOffset? ReceivedAt);

    private sealed class Subscription(
        ChangeFeed feed, long id, Action<EntityChange>? onChange, Action? onResync, Action<ListenerState>? onStateChanged)
        : IDisposable
    {
        private readonly ConcurrentQueue<Delivery> _queue = new();
        private int _draining;

        public Action<EntityChange>? OnChange { get; } = onChange;
        public Action? OnResync { get; } = onResync;
        public Action<ListenerState>? OnStateChanged { get; } = onStateChanged;

        public void Post(Delivery delivery)
        {
            _queue.Enqueue(delivery);
            if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
                ThreadPool.UnsafeQueueUserWorkItem(static subscription => subscription.Drain(), this, preferLocal: false);
        }

        private void Drain()
        {
            while (true)
            {
                while (_queue.TryDequeue(out var delivery))
                {
                    try
                    {
                        delivery.Deliver(this);
                    }
                    catch (Exception exception)
                    {
                        feed._logger.LogError(exception, "A change feed subscriber failed; the others still receive the event");
                    }
                }
                Volatile.Write(ref _draining, 0);
                // An event posted between the last TryDequeue and the reset above found us still draining: take it.
                if (_queue.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
            }
        }

        public void Dispose()
        {
            if (feed._subscriptions.TryRemove(id, out _)) feed._metrics?.Unsubscribed();
        }
    }
}
