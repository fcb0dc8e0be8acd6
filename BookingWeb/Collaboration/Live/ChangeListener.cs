using Microsoft.Extensions.Options;
using Npgsql;

namespace BookingWeb.Collaboration.Live;

/// <summary>
/// Holds this instance's one LISTEN connection (not from the pool) and turns notifications into
/// <see cref="ChangeFeed"/> events. Never gives up while the app runs: on any failure it reports
/// Reconnecting, waits with capped backoff, reconnects, re-LISTENs and raises a resync, because PostgreSQL
/// drops the notifications sent while nobody listened.
/// </summary>
public sealed class ChangeListener(
    IOptions<ListenerOptions> options, ChangeFeed feed, TimeProvider timeProvider, ILogger<ChangeListener> logger)
    : BackgroundService
{
    public const string ApplicationName = "BookingWeb change listener";

    private readonly ListenerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(
            TimeSpan.FromSeconds(_options.ReconnectMinDelaySeconds), TimeSpan.FromSeconds(_options.ReconnectMaxDelaySeconds));
        var failedAttempts = 0;
        var hasFailedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenUntilFailureAsync(afterFailure: hasFailedBefore, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                failedAttempts = feed.State.IsLive ? 1 : failedAttempts + 1;
                hasFailedBefore = true;
                var delay = backoff.DelayFor(failedAttempts);
                logger.LogWarning(exception,
                    "Live updates paused: listening on {Channel} failed (attempt {Attempt}); reconnecting in {DelayMs} ms",
                    _options.Channel, failedAttempts, (int)delay.TotalMilliseconds);
                feed.UpdateState(state => state with { Status = ListenerStatus.Reconnecting, LastError = exception.Message });
                if (!await WaitAsync(delay, stoppingToken)) break;
            }
        }
        logger.LogInformation("Change listener stopped");
    }

    private async Task ListenUntilFailureAsync(bool afterFailure, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(ListeningConnectionString());
        connection.Notification += (_, notification) => OnNotification(notification.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{_options.Channel}\"", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);

        feed.UpdateState(state => state with
        {
            Status = ListenerStatus.Live,
            ReconnectCount = state.ReconnectCount + (afterFailure ? 1 : 0),
        });
        logger.LogInformation("Live updates on: listening on {Channel} (backend {ProcessId})", _options.Channel, connection.ProcessID);
        // Pages may have loaded while nobody listened (at start, or while away): have them all reload.
        feed.PublishResync();

        while (true)
            await connection.WaitAsync(stoppingToken);
    }

    /// <summary>Runs on Npgsql's reading loop: parse and enqueue only.</summary>
    private void OnNotification(string payload)
    {
        if (ChangePayload.TryParse(payload, timeProvider.GetUtcNow(), out var change, out var error))
            feed.PublishChange(change!);
        else
            logger.LogWarning("Skipped a malformed change notification on {Channel}: {Reason}. Payload: {Payload}",
                _options.Channel, error, payload.Length > 200 ? payload[..200] : payload);
    }

    private string ListeningConnectionString() => new NpgsqlConnectionStringBuilder(_options.ConnectionString)
    {
        Pooling = false,
        KeepAlive = _options.KeepaliveSeconds,
        ApplicationName = ApplicationName,
    }.ConnectionString;

    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
