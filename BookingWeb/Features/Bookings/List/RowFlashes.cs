using System.Diagnostics;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// Which rows of the list flash after a live change: the bookings it changed, when they are a few. A bulk change (a
/// script, one statement changing many bookings) flashes none, even though its notifications reach the page in a few
/// batches: a page of flashing rows points nobody anywhere, and animating it costs every open screen.
/// </summary>
internal sealed class RowFlashes
{
    public const int MostFlashed = 5;

    /// <summary>Changes closer together than this count as one burst.</summary>
    private static readonly TimeSpan BurstGap = TimeSpan.FromSeconds(1);

    private readonly HashSet<int> _burst = [];
    private long _lastChangeAt;

    /// <summary>The rows to flash now that these bookings changed.</summary>
    public IReadOnlySet<int> After(IEnumerable<int> changedBookingIds)
    {
        if (Stopwatch.GetElapsedTime(_lastChangeAt) > BurstGap) _burst.Clear();
        _lastChangeAt = Stopwatch.GetTimestamp();
        var changed = changedBookingIds.ToHashSet();
        _burst.UnionWith(changed);
        return _burst.Count <= MostFlashed ? changed : new HashSet<int>();
    }
}
