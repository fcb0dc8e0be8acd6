using BookingWeb.Collaboration.Live;

namespace BookingWeb.Tests.Collaboration.Live;

public class ReconnectBackoffTests
{
    private readonly ReconnectBackoff _backoff = new(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(30));

    [Fact]
    public void Delays_stay_between_the_minimum_and_the_cap_however_long_the_outage()
    {
        foreach (var attempt in Enumerable.Range(1, 100))
            Assert.InRange(_backoff.DelayFor(attempt), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Delays_grow_until_the_cap()
    {
        // Jitter scales each delay by 0.5–1.0, so attempt 7 (up to 32 s before the cap) always waits longer than attempt 1 (at most 0.5 s).
        Assert.Equal(TimeSpan.FromSeconds(0.5), _backoff.DelayFor(1));
        Assert.True(_backoff.DelayFor(7) >= TimeSpan.FromSeconds(15));
    }
}
