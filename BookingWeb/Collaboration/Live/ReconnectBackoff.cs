namespace BookingWeb.Collaboration.Live;

/// <summary>
/// Capped exponential backoff with jitter: min, 2×min, 4×min … up to max, each scaled by a random 0.5–1.0
/// so that several instances losing the database together do not all come back in the same instant.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan min, TimeSpan max)
{
    public TimeSpan DelayFor(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var capped = Math.Min(min.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        var jittered = capped * (0.5 + Random.Shared.NextDouble() / 2);
        return TimeSpan.FromMilliseconds(Math.Max(jittered, min.TotalMilliseconds));
    }
}
