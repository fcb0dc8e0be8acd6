using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>A context factory for a database that does not exist on the test server: real services fail on it as they would in production.</summary>
public static class UnreachableDatabase
{
    public static IDbContextFactory<BookingDbContext> For(DatabaseFixture database)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "bookingweb_does_not_exist" }.ConnectionString;
        return new PooledDbContextFactory<BookingDbContext>(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(connection).Options);
    }
}
