namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>Waits for a condition, failing with a message after a timeout; the short pause between checks is not an assertion.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (cancellation.IsCancellationRequested)
                Assert.Fail($"Timed out waiting until {what}");
            await Task.Delay(20, CancellationToken.None);
        }
    }
}
