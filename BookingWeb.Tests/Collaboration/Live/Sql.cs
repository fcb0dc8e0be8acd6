using Npgsql;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>Raw SQL as psql or a script would run it: no EF Core, no app settings.</summary>
public static class Sql
{
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await ScalarAsync<T>(connection, sql);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }

    public static async Task<int> InsertRoomAsync(string connectionString) => await ScalarAsync<int>(connectionString, $"""
        INSERT INTO rooms (number, name, type, max_adults, max_children, base_rate, is_active, created_at, updated_at)
        VALUES ('{Guid.NewGuid().ToString("N")[..12]}', 'Test room', 'Double', 2, 0, 80, true, now(), now()) RETURNING id
        """);

    public static async Task<int> InsertGuestAsync(string connectionString) => await ScalarAsync<int>(connectionString, """
        INSERT INTO guests (first_name, last_name, created_at, updated_at) VALUES ('Ada', 'Lovelace', now(), now()) RETURNING id
        """);

    /// <summary>A booking with a fresh room and guest, stays a random night far ahead so bookings never overlap.</summary>
    public static async Task<int> InsertBookingAsync(string connectionString)
    {
        var roomId = await InsertRoomAsync(connectionString);
        var guestId = await InsertGuestAsync(connectionString);
        return await ScalarAsync<int>(connectionString, $"""
            INSERT INTO bookings (reservation_number, room_id, guest_id, check_in, check_out, adults, children, status,
                                  rate_per_night, payment_status, amount_paid, created_at, updated_at)
            VALUES (next_reservation_number(2030), {roomId}, {guestId}, date '2030-05-01', date '2030-05-03', 1, 0,
                    'Confirmed', 100, 'Unpaid', 0, now(), now())
            RETURNING id
            """);
    }
}
