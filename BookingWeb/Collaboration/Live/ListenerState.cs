namespace BookingWeb.Collaboration.Live;

public enum ListenerStatus
{
    /// <summary>Starting up, not yet listening.</summary>
    Connecting,

    /// <summary>Listening: changes arrive within moments.</summary>
    Live,

    /// <summary>Connection lost; live updates are paused until it is back (then every page resyncs).</summary>
    Reconnecting,
}

/// <summary>What pages and health checks show about live updates.</summary>
/// <param name="ReconnectCount">Successful reconnections since the app started.</param>
/// <param name="LastError">The most recent failure, kept after recovery for diagnostics.</param>
public sealed record ListenerState(ListenerStatus Status, DateTimeOffset? LastEventAt, int ReconnectCount, string? LastError)
{
    public static ListenerState Initial { get; } = new(ListenerStatus.Connecting, null, 0, null);

    public bool IsLive => Status == ListenerStatus.Live;
}
