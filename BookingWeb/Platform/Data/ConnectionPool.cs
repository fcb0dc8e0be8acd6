using System.Data.Common;

namespace BookingWeb.Platform.Data;

/// <summary>
/// Npgsql's default pool of 100 connections equals PostgreSQL's default max_connections, so two or three instances
/// could take every connection the server has. Unless the connection string sets a maximum, each instance gets
/// <see cref="DefaultMaxPoolSize"/> (docs/operating.md, "Connections", has the arithmetic).
/// </summary>
public static class ConnectionPool
{
    public const int DefaultMaxPoolSize = 25;

    // The spellings Npgsql accepts for the setting, compared without spaces or case.
    private static readonly string[] MaxPoolSizeKeys = ["maximumpoolsize", "maxpoolsize"];

    public static string WithDefaultMaxPoolSize(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsMaximum = builder.Keys.Cast<string>().Any(key => MaxPoolSizeKeys.Contains(key.Replace(" ", "").ToLowerInvariant()));
        if (!setsMaximum) builder["Maximum Pool Size"] = DefaultMaxPoolSize;
        return builder.ConnectionString;
    }
}
