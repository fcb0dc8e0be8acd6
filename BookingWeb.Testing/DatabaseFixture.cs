using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Testing;

/// <summary>
/// A fresh database for one test class, built from the migrations. The migrations run once per test run
/// into a template database; each class gets a cheap copy of it.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly HashSet<PostgresServer> TemplatesReady = [];
    private const string TemplateName = "bookingweb_template";

    public string ConnectionString { get; private set; } = "";
    public string DatabaseName { get; } = $"bookingweb_test_{Guid.NewGuid():N}"[..40];
    protected PostgresServer Server { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Server = await ServerAsync();
        await EnsureTemplateAsync(Server);
        await using (var admin = new NpgsqlConnection(Server.AdminConnectionString))
        {
            await admin.OpenAsync();
            // CREATE DATABASE … TEMPLATE needs the template free of connections; the lock serialises copies.
            await TemplateLock.WaitAsync();
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\" TEMPLATE {TemplateName}", admin);
                await create.ExecuteNonQueryAsync();
            }
            finally { TemplateLock.Release(); }
        }
        ConnectionString = Server.ConnectionStringFor(DatabaseName);
    }

    /// <summary>The server this class's database lives on: the run's shared one, unless the class needs one of its own (to stop it).</summary>
    protected virtual Task<PostgresServer> ServerAsync() => PostgresServer.GetAsync();

    public virtual async Task DisposeAsync()
    {
        if (ConnectionString == "") return; // never created: no server, or the copy failed
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server.AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public BookingDbContext CreateContext(string? actor = null) =>
        new(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(ConnectionString).Options) { Actor = actor };

    /// <summary>The same kind of factory the app's services get, pointed at this class's database.</summary>
    public IDbContextFactory<BookingDbContext> ContextFactory => new TestContextFactory(this);

    private sealed class TestContextFactory(DatabaseFixture fixture) : IDbContextFactory<BookingDbContext>
    {
        public BookingDbContext CreateDbContext() => fixture.CreateContext();
    }

    private static async Task EnsureTemplateAsync(PostgresServer server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (TemplatesReady.Contains(server)) return;
            await using (var admin = new NpgsqlConnection(server.AdminConnectionString))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE); ", admin);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {TemplateName}", admin);
                await create.ExecuteNonQueryAsync();
            }
            var templateConnection = server.ConnectionStringFor(TemplateName);
            await using (var db = new BookingDbContext(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(templateConnection).Options))
                await db.Database.MigrateAsync();
            NpgsqlConnection.ClearAllPools();
            TemplatesReady.Add(server);
        }
        finally { TemplateLock.Release(); }
    }
}
