using System.Diagnostics.Metrics;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// The meter <c>BookingWeb</c>: what an operator watches with <c>dotnet-counters monitor --counters BookingWeb</c>.
/// </summary>
public sealed class BookingWebMetrics
{
    public const string MeterName = "BookingWeb";

    private readonly UpDownCounter<long> _openCircuits;
    private readonly Counter<long> _notificationsReceived;
    private readonly Histogram<double> _dispatchLatency;
    private readonly UpDownCounter<long> _activeSubscriptions;
    private readonly Counter<long> _listenerReconnects;
    private readonly Counter<long> _merges;
    private readonly Counter<long> _conflicts;

    public BookingWebMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _openCircuits = meter.CreateUpDownCounter<long>("bookingweb.circuits.open", description: "Open Blazor circuits (pages) on this instance");
        _notificationsReceived = meter.CreateCounter<long>("bookingweb.notifications.received", description: "Change notifications received from PostgreSQL");
        _dispatchLatency = meter.CreateHistogram<double>("bookingweb.notifications.dispatch_latency", unit: "ms",
            description: "Time from receiving a notification to having handed it to every subscriber");
        _activeSubscriptions = meter.CreateUpDownCounter<long>("bookingweb.subscriptions.active", description: "Change-feed subscriptions held by pages");
        _listenerReconnects = meter.CreateCounter<long>("bookingweb.listener.reconnects", description: "Times the change listener reconnected");
        _merges = meter.CreateCounter<long>("bookingweb.saves.merged", description: "Saves that raced another change and were merged without asking");
        _conflicts = meter.CreateCounter<long>("bookingweb.saves.conflicts", description: "Saves that raced another change on the same field and asked the user");
    }

    public void CircuitOpened() => _openCircuits.Add(1);
    public void CircuitClosed() => _openCircuits.Add(-1);
    public void NotificationReceived() => _notificationsReceived.Add(1);
    public void Dispatched(TimeSpan latency) => _dispatchLatency.Record(latency.TotalMilliseconds);
    public void Subscribed() => _activeSubscriptions.Add(1);
    public void Unsubscribed() => _activeSubscriptions.Add(-1);
    public void ListenerReconnected() => _listenerReconnects.Add(1);
    public void Merged() => _merges.Add(1);
    public void ConflictShown() => _conflicts.Add(1);
}
