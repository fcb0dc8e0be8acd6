using System.Diagnostics;

namespace BookingWeb.Bench.Reporting;

/// <summary>
/// A <see cref="TimeProvider"/> whose "now" advances with <see cref="Stopwatch"/>: handed to the change listener,
/// its event timestamps and the bench's commit timestamps come from the same monotonic, high-resolution clock.
/// </summary>
public sealed class StopwatchClock : TimeProvider
{
    private readonly DateTimeOffset _origin = DateTimeOffset.UtcNow;
    private readonly long _start = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _origin + Stopwatch.GetElapsedTime(_start);

    public static double Milliseconds(DateTimeOffset from, DateTimeOffset to) => (to - from).TotalMilliseconds;
}
