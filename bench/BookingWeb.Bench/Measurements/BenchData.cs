using Npgsql;

namespace BookingWeb.Bench.Measurements;

/// <summary>
/// Bulk data for the bench, straight in SQL: rooms, guests and bookings that never overlap (one booking per room
/// every four days), starting <see cref="DaysAhead"/> days from today so that they fill the first page of the
/// bookings list (newest check-in first). Triggers are skipped while seeding, so no audit rows and no NOTIFY storm.
/// </summary>
public static class BenchData
{
    public const int DaysAhead = 400;

    public static async Task InsertBookingsAsync(string connectionString, int bookings, string status = "Confirmed")
    {
        var rooms = Math.Max(1, Math.Min(500, bookings / 200 + 1));
        var guests = Math.Max(1, Math.Min(20_000, bookings / 3 + 1));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SET session_replication_role = replica;
            CREATE TEMP TABLE bench_rooms AS
            WITH inserted AS (
                INSERT INTO rooms (number, name, type, max_adults, max_children, base_rate, is_active, created_at, updated_at)
                SELECT 'B' || r || '-' || substr(md5(random()::text), 1, 6), 'Bench room ' || r, 'Double', 2, 1, 100, true, now(), now()
                FROM generate_series(1, {rooms}) r
                RETURNING id)
            SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM inserted;
            CREATE TEMP TABLE bench_guests AS
            WITH inserted AS (
                INSERT INTO guests (first_name, last_name, email, created_at, updated_at)
                SELECT (array['Anna','Ben','Clara','David','Eva','Felix','Greta','Hugo'])[1 + g % 8] || g,
                       (array['Müller','Smith','Garcia','Rossi','Dubois','Nowak','Jensen','Silva'])[1 + g % 8] || g,
                       'guest' || g || '@bench.example', now(), now()
                FROM generate_series(1, {guests}) g
                RETURNING id)
            SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM inserted;
            INSERT INTO bookings (reservation_number, room_id, guest_id, check_in, check_out, adults, children, status,
                                  rate_per_night, payment_status, amount_paid, created_at, updated_at)
            SELECT 'BEN-' || substr(md5(random()::text), 1, 4) || '-' || i, r.id, g.id,
                   current_date + {DaysAhead} + (i / {rooms}) * 4, current_date + {DaysAhead} + (i / {rooms}) * 4 + 1 + i % 3,
                   1, 0, @status, 90 + i % 50, (array['Unpaid','Paid','PartiallyPaid'])[1 + i % 3], 0, now(), now()
            FROM generate_series(0, {bookings} - 1) i
            JOIN bench_rooms r ON r.n = i % {rooms}
            JOIN bench_guests g ON g.n = i % {guests};
            DROP TABLE bench_rooms; DROP TABLE bench_guests;
            SET session_replication_role = origin;
            ANALYZE;
            """, connection);
        command.Parameters.AddWithValue("status", status);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Ids of bookings that hold their room (so toggling them between holding statuses breaks no constraint).</summary>
    public static async Task<int[]> BenchBookingIdsAsync(NpgsqlConnection connection, int limit)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id FROM bookings WHERE reservation_number LIKE 'BEN-%' ORDER BY check_in DESC, id DESC LIMIT @limit", connection);
        command.Parameters.AddWithValue("limit", limit);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return [.. ids];
    }
}
