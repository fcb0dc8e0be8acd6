using Npgsql;

namespace BookingWeb.Data;

/// <summary>
/// A PostgreSQL advisory lock held while an instance migrates and seeds, so that instances starting together
/// take turns: the first migrates, the others find nothing left to do. Released when disposed (or when the
/// connection drops, should the instance die half way).
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // Any constant both sides agree on; hashtext keeps it readable in pg_locks.
    private const string Sql = "SELECT pg_advisory_lock(hashtext('bookingweb.startup'))";

    private readonly NpgsqlConnection _connection;

    private StartupLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        logger.LogInformation("Waiting for the start-up lock (another instance may be migrating)");
        await using (var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 })
            await command.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
