namespace BookingWeb.Collaboration.Live;

/// <summary>
/// For what may come a moment late but should say everything at once, like the live toasts: gathers the matching
/// changes until the feed has been quiet for <see cref="QuietPeriod"/> (at most <see cref="MostWait"/> after the first
/// one), then hands them over in one call. A statement changing 10,000 rows arrives as a stream of notifications over
/// a second or two; gathered, it becomes one toast with the full count instead of a toast per batch.
/// </summary>
public sealed class ChangeGatherer : IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(300);
    public static readonly TimeSpan MostWait = TimeSpan.FromSeconds(3);

    private readonly ChangeFilter _filter;
    private readonly Func<IReadOnlyList<EntityChange>, Task> _handle;
    private readonly Func<Func<Task>, Task> _runOnCircuit;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly IDisposable _subscription;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private List<EntityChange> _pending = [];
    private long _firstPendingAt;
    private bool _disposed;

    /// <param name="handle">Receives the gathered changes, run through <paramref name="runOnCircuit"/>.</param>
    public ChangeGatherer(
        ChangeFeed feed,
        ChangeFilter filter,
        Func<IReadOnlyList<EntityChange>, Task> handle,
        Func<Func<Task>, Task> runOnCircuit,
        ILogger logger,
        TimeProvider? timeProvider = null)
    {
        _filter = filter;
        _handle = handle;
        _runOnCircuit = runOnCircuit;
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
        _timer = _time.CreateTimer(_ => HandOver(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _subscription = feed.SubscribeToBatches(OnChanges);
    }

    /// <summary>Changes gathered and not yet handed over.</summary>
    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    private void OnChanges(IReadOnlyList<EntityChange> changes)
    {
        lock (_gate)
        {
            if (_disposed) return;
            var before = _pending.Count;
            foreach (var change in changes)
                if (_filter.Matches(change)) _pending.Add(change);
            if (_pending.Count == before) return;
            if (before == 0) _firstPendingAt = _time.GetTimestamp();
            var untilMostWait = MostWait - _time.GetElapsedTime(_firstPendingAt);
            var wait = untilMostWait < QuietPeriod ? untilMostWait : QuietPeriod;
            _timer.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private void HandOver()
    {
        List<EntityChange> gathered;
        lock (_gate)
        {
            if (_disposed || _pending.Count == 0) return;
            gathered = _pending;
            _pending = [];
        }
        _ = HandleAsync(gathered);
    }

    private async Task HandleAsync(IReadOnlyList<EntityChange> gathered)
    {
        try
        {
            await _runOnCircuit(() => _handle(gathered));
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Handling {ChangeCount} gathered changes failed", gathered.Count);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _subscription.Dispose();
        _timer.Dispose();
    }
}
