using System.Globalization;
using System.Collections.Concurrent;
using System.Threading.Channels;
using BookingWeb.Platform.Hosting;

namespace BookingWeb.Collaboration.Live;

/// <summary>
/// The in-process fan-out of database changes to every subscriber (pages, through <see cref="LiveReloader"/>).
/// Publishing only enqueues, so the listener's reading loop is never held up; one dispatcher task hands each
/// batch of waiting events to every subscription's own queue, and each subscription runs its handlers for its events
/// in order on the thread pool: a slow subscriber delays only itself, a throwing one is logged and the others carry
/// on. Batch subscribers (<see cref="SubscribeToBatches"/>) get a burst's changes as one list.
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

    private readonly TimeProvider _clock;

    public ChangeFeed(ILogger<ChangeFeed> logger, BookingWebMetrics? metrics = null, TimeProvider? clock = null)
    {
        _logger = logger;
        _metrics = metrics;
        _clock = clock ?? TimeProvider.System;
        _ = Task.Run(DeliverAsync);
    }

    public ListenerState State => Volatile.Read(ref _state);

    public int SubscriberCount => _subscriptions.Count;

    /// <summary>Receive changes, resyncs (reload everything: changes may have been missed) and listener state changes until disposed.</summary>
    public IDisposable Subscribe(
        Action<EntityChange>? onChange = null, Action? onResync = null, Action<ListenerState>? onStateChanged = null) =>
        Add(new Handlers(onChange, null, onResync, onStateChanged));

    /// <summary>
    /// Like <see cref="Subscribe"/>, but changes that arrive together (a burst: one statement changing many rows)
    /// come as one list, in order, so a storm of 10,000 notifications costs a subscriber a few calls, not 10,000.
    /// </summary>
    public IDisposable SubscribeToBatches(
        Action<IReadOnlyList<EntityChange>> onChanges, Action? onResync = null, Action<ListenerState>? onStateChanged = null) =>
        Add(new Handlers(null, onChanges, onResync, onStateChanged));

    private Subscription Add(Handlers handlers)
    {
        var id = Interlocked.Increment(ref _lastSubscriptionId);
        var subscription = new Subscription(this, id, handlers, (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
        _subscriptions[id] = subscription;
        _metrics?.Subscribed();
        return subscription;
    }

    public void PublishChange(EntityChange change)
    {
        lock (_stateGate) Volatile.Write(ref _state, _state with { LastEventAt = change.ReceivedAt });
        _metrics?.NotificationReceived();
        Enqueue(new Delivery(change, Resync: false, State: null));
    }

    public void PublishResync() => Enqueue(new Delivery(null, Resync: true, State: null));

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
        Enqueue(new Delivery(null, Resync: false, State: next));
    }

    public void Dispose() => _deliveries.Writer.TryComplete();

    private void Enqueue(Delivery delivery)
    {
        if (!_deliveries.Writer.TryWrite(delivery))
            _logger.LogDebug("Change feed is shut down; event dropped");
    }

    /// <summary>
    /// Hands the events waiting in the channel, as one batch, to every subscription's own queue. A subscription drains
    /// its queue on the thread pool, in order, so a slow or stuck subscriber only ever delays itself.
    /// </summary>
    private async Task DeliverAsync()
    {
        var reader = _deliveries.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<Delivery>();
            while (batch.Count < MaxBatch && reader.TryRead(out var delivery)) batch.Add(delivery);
            foreach (var subscription in _subscriptions.Values) subscription.Post(batch);
            if (_metrics is null) continue;
            var now = _clock.GetUtcNow();
            foreach (var delivery in batch)
                if (delivery.Change is { } change) _metrics.Dispatched(now - change.ReceivedAt);
        }
    }

    private const int MaxBatch = 10_000;

    private sealed record Delivery(EntityChange? Change, bool Resync, ListenerState? State);

    private sealed record Handlers(
        Action<EntityChange>? OnChange, Action<IReadOnlyList<EntityChange>>? OnChanges, Action? OnResync, Action<ListenerState>? OnStateChanged);

    /// <param name="culture">The subscriber's (a page's circuit's) culture: its handlers render texts and formats in it.</param>
    private sealed class Subscription(ChangeFeed feed, long id, Handlers handlers, (CultureInfo Formats, CultureInfo Texts) culture)
        : IDisposable
    {
        private readonly ConcurrentQueue<IReadOnlyList<Delivery>> _queue = new();
        private int _draining;

        public void Post(IReadOnlyList<Delivery> batch)
        {
            _queue.Enqueue(batch);
            if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
                ThreadPool.UnsafeQueueUserWorkItem(static subscription => subscription.Drain(), this, preferLocal: false);
        }

        private void Drain()
        {
            while (true)
            {
                // Everything queued meanwhile goes out together: a subscriber that fell behind catches up in one call.
                List<EntityChange>? changes = null;
                while (_queue.TryDequeue(out var batch)) Deliver(batch, ref changes);
                Flush(ref changes);
                Volatile.Write(ref _draining, 0);
                // A batch posted between the last TryDequeue and the reset above found us still draining: take it.
                if (_queue.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0) return;
            }
        }

        /// <summary>Runs of changes go to the handler as one list; resyncs and state changes keep their place between them.</summary>
        private void Deliver(IReadOnlyList<Delivery> batch, ref List<EntityChange>? changes)
        {
            foreach (var delivery in batch)
            {
                if (delivery.Change is { } change)
                {
                    if (handlers.OnChanges is not null) (changes ??= []).Add(change);
                    else if (handlers.OnChange is { } onChange) Run(onChange, change);
                    continue;
                }
                Flush(ref changes);
                if (delivery.Resync && handlers.OnResync is { } onResync) Run(_ => onResync(), 0);
                if (delivery.State is { } state && handlers.OnStateChanged is { } onState) Run(onState, state);
            }
        }

        private void Flush(ref List<EntityChange>? changes)
        {
            if (changes is not { Count: > 0 } ready) return;
            changes = null;
            Run<IReadOnlyList<EntityChange>>(handlers.OnChanges!, ready);
        }

        private void Run<T>(Action<T> handler, T argument)
        {
            try
            {
                // Deliveries run on the thread pool, outside the page's flow; what they render is in the page's language.
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
                handler(argument);
            }
            catch (Exception exception)
            {
                feed._logger.LogError(exception, "A change feed subscriber failed; the others still receive the event");
            }
        }

        public void Dispose()
        {
            if (feed._subscriptions.TryRemove(id, out _)) feed._metrics?.Unsubscribed();
        }
    }
}
