using System.Text.Json;
using Npgsql;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>
/// A bare LISTEN on the change channel, to test the triggers without the app's listener. To prove that nothing
/// (more) was announced, it sends a marker after the changes and reads up to it: notifications arrive in commit order.
/// </summary>
public sealed class NotificationProbe : IAsyncDisposable
{
    public const string Channel = "bookingweb_changes";
    private readonly NpgsqlConnection _connection;
    private readonly string _connectionString;
    private readonly List<string> _payloads = [];

    private NotificationProbe(NpgsqlConnection connection, string connectionString)
    {
        _connection = connection;
        _connectionString = connectionString;
        _connection.Notification += (_, e) => _payloads.Add(e.Payload);
    }

    public static async Task<NotificationProbe> ListenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var listen = new NpgsqlCommand($"LISTEN {Channel}", connection);
        await listen.ExecuteNonQueryAsync();
        return new NotificationProbe(connection, connectionString);
    }

    /// <summary>Every change announced since the last call, parsed.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReceiveAllAsync()
    {
        var marker = $"marker-{Guid.NewGuid():N}";
        await Sql.ExecuteAsync(_connectionString, $"NOTIFY {Channel}, '{marker}'");
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);
        while (!_payloads.Contains(marker))
            await _connection.WaitAsync(timeout.Token);
        var received = _payloads.TakeWhile(p => p != marker).Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
        _payloads.Clear();
        return received;
    }

    public async Task<JsonElement> ReceiveOneAsync()
    {
        var received = await ReceiveAllAsync();
        return Assert.Single(received);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
