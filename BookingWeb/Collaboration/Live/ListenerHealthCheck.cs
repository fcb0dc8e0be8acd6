using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BookingWeb.Collaboration.Live;

/// <summary>Ready only while the change listener is connected: otherwise pages served here would not update.</summary>
internal sealed class ListenerHealthCheck(ChangeFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = feed.State;
        return Task.FromResult(state.IsLive
            ? HealthCheckResult.Healthy($"Live; {state.ReconnectCount} reconnect(s) since start.")
            : HealthCheckResult.Unhealthy($"Live updates are {state.Status.ToString().ToLowerInvariant()}."));
    }
}
