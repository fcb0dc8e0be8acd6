using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Names what ran in the app's database during an idle window, from pg_stat_statements (the throwaway server preloads
/// it when PostgreSQL's contrib is installed), so that a non-zero idle row says where its transactions came from.
/// </summary>
public static class IdleStatements
{
    /// <summary>Starts counting afresh; false when the server has no pg_stat_statements.</summary>
    public static async Task<bool> ResetAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var command = new NpgsqlCommand(
                "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
            await command.ExecuteNonQueryAsync();
            return true;
        }
        catch (PostgresException)
        {
            return false; // not in shared_preload_libraries (a server the bench did not start)
        }
    }

    /// <summary>The statements other sessions ran since the reset, most frequent first, as "12× SELECT …".</summary>
    public static async Task<string> DescribeAsync(NpgsqlConnection connection, int top = 4)
    {
        await using var command = new NpgsqlCommand("""
            SELECT s.calls, regexp_replace(s.query, '\s+', ' ', 'g')
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat%'
            ORDER BY s.calls DESC LIMIT @top
            """, connection);
        command.Parameters.AddWithValue("top", top);
        var seen = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var query = reader.GetString(1);
            seen.Add($"{reader.GetInt64(0)}× {(query.Length > 70 ? query[..70] + "…" : query)}");
        }
        return seen.Count == 0 ? "no statement ran" : "statements: " + string.Join("; ", seen).Replace("|", "\\|", StringComparison.Ordinal);
    }
}
