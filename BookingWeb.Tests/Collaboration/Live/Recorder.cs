namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>Collects what a callback receives (from any thread) and lets a test wait until it has seen enough.</summary>
public sealed class Recorder<T>
{
    private readonly List<T> _items = [];
    private TaskCompletionSource _changed = NewSignal();

    public void Add(T item)
    {
        TaskCompletionSource signal;
        lock (_items)
        {
            _items.Add(item);
            signal = _changed;
            _changed = NewSignal();
        }
        signal.TrySetResult();
    }

    public IReadOnlyList<T> Items
    {
        get { lock (_items) return [.. _items]; }
    }

    public async Task<IReadOnlyList<T>> WaitUntilAsync(Func<IReadOnlyList<T>, bool> condition, string what, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? Eventually.DefaultTimeout);
        while (true)
        {
            Task next;
            IReadOnlyList<T> snapshot;
            lock (_items)
            {
                snapshot = [.. _items];
                next = _changed.Task;
            }
            if (condition(snapshot)) return snapshot;
            try
            {
                await next.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out waiting until {what}; saw {snapshot.Count}: {string.Join(" | ", snapshot)}");
            }
        }
    }

    public Task<IReadOnlyList<T>> WaitForAsync(Func<T, bool> match, string what, TimeSpan? timeout = null) =>
        WaitUntilAsync(items => items.Any(match), what, timeout);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
