using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Tests.Platform.Data;

public class SchemaTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Migrations_leave_nothing_pending_on_a_fresh_database()
    {
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Every_table_maps_xmin_as_its_row_version()
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = "X1", Name = "Test", BaseRate = 50 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        Assert.NotEqual(0u, room.Version);
        var before = room.Version;
        room.Notes = "changed";
        await db.SaveChangesAsync();
        Assert.NotEqual(before, room.Version);
    }

    [Fact]
    public async Task Check_out_must_be_after_check_in()
    {
        var (roomId, guestId) = await SeedRoomAndGuestAsync("C1");
        var error = await InsertRawBookingAsync(roomId, guestId, "2026-05-05", "2026-05-05");
        Assert.Equal(PostgresErrorCodes.CheckViolation, error?.SqlState);
        Assert.Equal("ck_bookings_dates", error?.ConstraintName);
    }

    [Fact]
    public async Task Negative_rates_and_counts_are_refused()
    {
        await using var db = database.CreateContext();
        db.Rooms.Add(new Room { Number = "N1", BaseRate = -1 });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal("ck_rooms_base_rate", (error.InnerException as PostgresException)?.ConstraintName);
    }

    [Fact]
    public async Task Room_numbers_are_unique()
    {
        await SeedRoomAndGuestAsync("U1");
        await using var db = database.CreateContext();
        db.Rooms.Add(new Room { Number = "U1", BaseRate = 10 });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, (error.InnerException as PostgresException)?.SqlState);
    }

    [Fact]
    public async Task Overlapping_stays_in_one_room_are_refused_by_the_database()
    {
        var (roomId, guestId) = await SeedRoomAndGuestAsync("O1");
        Assert.Null(await InsertRawBookingAsync(roomId, guestId, "2026-05-03", "2026-05-06"));
        var error = await InsertRawBookingAsync(roomId, guestId, "2026-05-05", "2026-05-07");
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, error?.SqlState);
        // Back-to-back stays share a day of change-over, not a night: allowed.
        Assert.Null(await InsertRawBookingAsync(roomId, guestId, "2026-05-06", "2026-05-08"));
    }

    [Fact]
    public async Task A_cancelled_or_no_show_booking_frees_the_room()
    {
        var (roomId, guestId) = await SeedRoomAndGuestAsync("O2");
        Assert.Null(await InsertRawBookingAsync(roomId, guestId, "2026-06-01", "2026-06-05", "Cancelled"));
        Assert.Null(await InsertRawBookingAsync(roomId, guestId, "2026-06-02", "2026-06-04", "NoShow"));
        Assert.Null(await InsertRawBookingAsync(roomId, guestId, "2026-06-01", "2026-06-05"));
    }

    private async Task<(int RoomId, int GuestId)> SeedRoomAndGuestAsync(string roomNumber)
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = roomNumber, BaseRate = 100 };
        var guest = new Guest { FirstName = "Ada", LastName = "Lovelace" };
        db.AddRange(room, guest);
        await db.SaveChangesAsync();
        return (room.Id, guest.Id);
    }

    private async Task<PostgresException?> InsertRawBookingAsync(int roomId, int guestId, string checkIn, string checkOut, string status = "Confirmed")
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO bookings (reservation_number, room_id, guest_id, check_in, check_out, adults, children, status,
                                  rate_per_night, payment_status, amount_paid, created_at, updated_at)
            VALUES (next_reservation_number(2026), @room, @guest, @in::date, @out::date, 1, 0, @status, 100, 'Unpaid', 0, now(), now())
            """, connection);
        command.Parameters.AddWithValue("room", roomId);
        command.Parameters.AddWithValue("guest", guestId);
        command.Parameters.AddWithValue("in", checkIn);
        command.Parameters.AddWithValue("out", checkOut);
        command.Parameters.AddWithValue("status", status);
        try
        {
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return e;
        }
    }
}
