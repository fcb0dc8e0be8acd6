using System.Collections.Concurrent;
using BookingWeb.Collaboration.Live;

namespace BookingWeb.Collaboration.Presence;

/// <summary>
/// What this instance knows of other instances' presence rows, so that it sweeps only while some exist: the last
/// sweep's list, plus arrivals and departures announced since (the presence triggers notify both). Unknown at start
/// and after live updates were away (notifications were lost): then the next beat sweeps and finds out.
/// </summary>
internal sealed class OtherInstancesPresence
{
    private readonly ConcurrentDictionary<string, long> _circuits = new();
    private long _sequence;
    private volatile bool _unknown = true;

    public bool MaySweep => _unknown || !_circuits.IsEmpty;

    public void Forget() => _unknown = true;

    public void Note(EntityChange change, Func<string, bool> isMine)
    {
        if (change.Table != ChangeTable.Presence || change.Origin is not { } circuitId || isMine(circuitId)) return;
        if (change.Operation == ChangeOperation.Delete) _circuits.TryRemove(circuitId, out _);
        else _circuits[circuitId] = Interlocked.Increment(ref _sequence);
    }

    public Sweep StartSweep()
    {
        _unknown = false;
        return new Sweep(this, Interlocked.Read(ref _sequence));
    }

    /// <summary>Replaces what the sweep's list covers; arrivals announced while it ran are kept.</summary>
    public sealed class Sweep(OtherInstancesPresence known, long startedAt)
    {
        public void Finish(IReadOnlyCollection<string> remainingCircuits)
        {
            foreach (var (circuitId, noted) in known._circuits)
                if (noted <= startedAt) known._circuits.TryRemove(circuitId, out _);
            foreach (var circuitId in remainingCircuits)
                known._circuits.TryAdd(circuitId, startedAt);
        }
    }
}
