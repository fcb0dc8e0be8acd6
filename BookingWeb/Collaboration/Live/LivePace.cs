namespace BookingWeb.Collaboration.Live;

/// <summary>How often a <see cref="LiveReloader"/> hands a page its changes.</summary>
public sealed record LivePace
{
    /// <summary>
    /// A page's data: the first change after a quiet moment at once, then at most one reload per
    /// <see cref="Interval"/> (about four a second), the last showing the final state. A resync reloads too.
    /// </summary>
    public static LivePace Reloads { get; } = new() { Interval = TimeSpan.FromMilliseconds(250), AtOnce = true, FollowsResyncs = true };

    /// <summary>
    /// What may come a moment late but must say everything at once (the toasts): once the feed has been quiet for
    /// <see cref="Interval"/>, at most <see cref="MostWait"/> after the first change. A statement changing 10,000 rows
    /// arrives as notifications over a second or two; gathered, it is one toast with the full count.
    /// </summary>
    public static LivePace Gathered { get; } = new() { Interval = TimeSpan.FromMilliseconds(300), MostWait = TimeSpan.FromSeconds(3) };

    public TimeSpan Interval { get; private init; }

    /// <summary>The longest a change waits while others keep coming; null: changes never reset the wait.</summary>
    public TimeSpan? MostWait { get; private init; }

    /// <summary>A change after a quiet moment is handed over at once (rather than after <see cref="Interval"/>).</summary>
    public bool AtOnce { get; private init; }

    /// <summary>A resync (the listener was away) and a paused listener ask for a reload too.</summary>
    public bool FollowsResyncs { get; private init; }

    /// <summary>How long to wait before handing over, or null to leave a timer already set as it is.</summary>
    internal TimeSpan? Wait(TimeSpan sinceLastHandOver, TimeSpan sinceFirstPending, bool timerSet)
    {
        if (MostWait is { } most)
        {
            var left = most - sinceFirstPending;
            return left < Interval ? left : Interval;
        }
        if (timerSet) return null;
        return AtOnce ? Interval - sinceLastHandOver : Interval;
    }
}
