using Npgsql;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>A database with nothing in it, on the run's throwaway server: what an operator gives a first start.</summary>
public sealed class EmptyDatabase : IAsyncLifetime
{
    private PostgresServer _server = null!;

    public string Name { get; } = $"bookingweb_empty_{Guid.NewGuid():N}"[..40];
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.GetAsync();
        await ExecuteAsync($"CREATE DATABASE \"{Name}\"");
        ConnectionString = _server.ConnectionStringFor(Name);
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString == "") return; // never created
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(_server.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
