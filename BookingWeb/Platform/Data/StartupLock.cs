using Npgsql;

namespace BookingWeb.Platform.Data;

/// <summary>
/// A PostgreSQL advisory lock held while an instance migrates and seeds, so that instances starting together
/// take turns: the first migrates, the others find nothing left to do. Released when disposed (or when the
/// connection drops, should the instance die half way).
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // Any constant both sides agree on; hashtext keeps it readable in pg_locks.
    private const string Key = "hashtext('bookingweb.startup')";

    private readonly NpgsqlConnection _connection;

    private StartupLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({Key})", connection))
        {
            if ((bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!) return new StartupLock(connection);
        }
        logger.LogInformation("Waiting for the start-up lock (another instance is migrating)");
        await using (var wait = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 })
            await wait.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
