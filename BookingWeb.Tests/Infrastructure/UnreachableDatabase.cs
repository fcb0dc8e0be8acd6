using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>
/// A context factory for a PostgreSQL server that is down (nothing listens on its port): real services fail on it as they
/// would in production when the database can't be reached.
/// </summary>
public static class UnreachableDatabase
{
    public static IDbContextFactory<BookingDbContext> For(DatabaseFixture database)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = LoopbackPort.Free(), Timeout = 5 }
            .ConnectionString;
        return new Factory(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(connection).Options);
    }

    private sealed class Factory(DbContextOptions<BookingDbContext> options) : IDbContextFactory<BookingDbContext>
    {
        public BookingDbContext CreateDbContext() => new(options);
    }
}
