namespace BookingWeb.Collaboration.Live;

/// <summary>
/// "Hand me these changes as they happen", for one page, at its <see cref="LivePace"/>: a storm costs a few renders
/// (or one toast), never one per change, and the last shows the final state. One hand-over runs at a time; changes
/// arriving meanwhile wait for the next. Dispose to unsubscribe.
/// </summary>
public sealed class LiveReloader : IDisposable, IAsyncDisposable
{

    /// <summary>While live updates are paused (the listener is reconnecting) pages refresh this often instead.</summary>
    public static readonly TimeSpan PausedRefreshInterval = TimeSpan.FromSeconds(10);

    private readonly ChangeFilter _filter;
    private readonly LivePace _pace;
    private readonly Func<IReadOnlyList<EntityChange>, Task> _reload;
    private readonly Func<Func<Task>, Task> _runOnCircuit;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private readonly ITimer _trailingTimer;
    private readonly ITimer _pausedTimer;
    private readonly Lock _gate = new();
    private List<EntityChange> _pending = [];
    private bool _resyncPending;
    private bool _reloading;
    private bool _timerArmed;
    private bool _disposed;
    private long _lastReloadEndedAt = long.MinValue;
    private long _firstPendingAt;

    /// <param name="reload">Reloads what the page shows; receives the matching changes since the last reload
    /// (empty when only a resync asked for it).</param>
    /// <param name="runOnCircuit">Runs work on the page's circuit, e.g. the component's InvokeAsync.</param>
    /// <param name="pace"><see cref="LivePace.Reloads"/> when omitted.</param>
    public LiveReloader(
        ChangeFeed feed,
        ChangeFilter filter,
        Func<IReadOnlyList<EntityChange>, Task> reload,
        Func<Func<Task>, Task> runOnCircuit,
        ILogger logger,
        TimeProvider? timeProvider = null,
        LivePace? pace = null)
    {
        _filter = filter;
        _pace = pace ?? LivePace.Reloads;
        _reload = reload;
        _runOnCircuit = runOnCircuit;
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
        _trailingTimer = _time.CreateTimer(_ => OnTrailingTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _pausedTimer = _time.CreateTimer(_ => OnResync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _subscription = _pace.FollowsResyncs
            ? feed.SubscribeToBatches(OnChanges, onResync: OnResync, onStateChanged: OnStateChanged)
            : feed.SubscribeToBatches(OnChanges);
        if (_pace.FollowsResyncs && feed.State.Status == ListenerStatus.Reconnecting) OnStateChanged(feed.State);
    }

    /// <summary>Changes received and not yet handed over.</summary>
    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Paused: changes cannot reach us, so refresh on a timer until the listener is back (it then resyncs).</summary>
    private void OnStateChanged(ListenerState state)
    {
        lock (_gate)
        {
            if (_disposed) return;
            var every = state.Status == ListenerStatus.Reconnecting ? PausedRefreshInterval : Timeout.InfiniteTimeSpan;
            _pausedTimer.Change(every, every);
        }
    }

    private void OnChanges(IReadOnlyList<EntityChange> changes)
    {
        List<EntityChange>? matching = null;
        foreach (var change in changes)
            if (_filter.Matches(change)) (matching ??= []).Add(change);
        if (matching is not null) Request(() =>
        {
            if (_pending.Count == 0) _firstPendingAt = _time.GetTimestamp();
            _pending.AddRange(matching);
        });
    }

    private void OnResync() => Request(() => _resyncPending = true);

    private void Request(Action note)
    {
        bool startNow;
        lock (_gate)
        {
            if (_disposed) return;
            note();
            startNow = StartOrScheduleLocked();
        }
        // Off the feed's delivery thread: the circuit may run the reload inline until its first await.
        if (startNow) _ = Task.Run(ReloadAsync);
    }

    /// <summary>True when the caller must start a reload now; otherwise one is running or the timer will start it.</summary>
    private bool StartOrScheduleLocked()
    {
        if (_disposed || _reloading || (_pending.Count == 0 && !_resyncPending)) return false;
        var sinceLast = _lastReloadEndedAt == long.MinValue ? TimeSpan.MaxValue : _time.GetElapsedTime(_lastReloadEndedAt);
        var sinceFirst = _pending.Count == 0 ? TimeSpan.Zero : _time.GetElapsedTime(_firstPendingAt);
        if (_pace.Wait(sinceLast, sinceFirst, _timerArmed) is not { } wait) return false;
        if (wait <= TimeSpan.Zero)
        {
            _timerArmed = false;
            _trailingTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _reloading = true;
            return true;
        }
        _timerArmed = true;
        _trailingTimer.Change(wait, Timeout.InfiniteTimeSpan);
        return false;
    }

    private void OnTrailingTimer()
    {
        lock (_gate)
        {
            _timerArmed = false;
            if (_disposed || _reloading || (_pending.Count == 0 && !_resyncPending)) return;
            _reloading = true;
        }
        _ = ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        List<EntityChange> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            _resyncPending = false;
        }
        try
        {
            await _runOnCircuit(() => _reload(batch));
        }
        catch (Exception exception) when (ClosedMeanwhile())
        {
            // The page's circuit ended while it reloaded (its services are gone): nobody is left to show anything to.
            _logger.LogDebug(exception, "Live reload after {ChangeCount} changes skipped: the page was closed", batch.Count);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Live reload after {ChangeCount} changes failed", batch.Count);
        }
        bool startAgain;
        lock (_gate)
        {
            _reloading = false;
            _lastReloadEndedAt = _time.GetTimestamp();
            startAgain = StartOrScheduleLocked();
        }
        if (startAgain) _ = ReloadAsync();
    }

    // The page disposes its reloader before the circuit's services go, so a reload cut off by that finds it disposed.
    private bool ClosedMeanwhile()
    {
        lock (_gate) return _disposed;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _subscription.Dispose();
        _trailingTimer.Dispose();
        _pausedTimer.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
