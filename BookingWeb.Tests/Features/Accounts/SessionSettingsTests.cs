using BookingWeb.Platform.Data;
using BookingWeb.Features.Guests;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>Who saved, and from which circuit, reaches PostgreSQL's triggers as transaction-local settings.</summary>
public class SessionSettingsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            CREATE TABLE IF NOT EXISTS seen_settings (id serial PRIMARY KEY, who text, origin text);
            CREATE OR REPLACE FUNCTION record_settings() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO seen_settings (who, origin)
                VALUES (current_setting('bookingweb.user', true), current_setting('bookingweb.origin', true));
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS record_settings ON guests;
            CREATE TRIGGER record_settings AFTER INSERT OR UPDATE ON guests FOR EACH ROW EXECUTE FUNCTION record_settings();
            TRUNCATE seen_settings;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_save_through_a_service_tells_the_trigger_who_saved_and_stamps_them()
    {
        var guests = SignedInServices.For(database, TestUser.Staff, services => services.AddGuests()).GetRequiredService<GuestService>();

        var saved = Assert.IsType<SaveResult.Saved>(await guests.SaveAsync(new Guest { FirstName = "Ida", LastName = "Ingram" }));

        Assert.Equal((TestUser.Staff.Id, ""), await LastSeenAsync());
        await using var db = database.CreateContext();
        var guest = await db.Guests.SingleAsync(g => g.Id == saved.Id);
        Assert.Equal(TestUser.Staff.Id, guest.CreatedBy);
        Assert.Equal(TestUser.Staff.Id, guest.UpdatedBy);
    }

    [Fact]
    public async Task The_circuit_id_travels_as_the_origin_and_does_not_leak_into_the_next_transaction()
    {
        await using (var db = database.CreateContext())
        {
            db.Actor = "user-7";
            db.Origin = "circuit-42";
            db.Guests.Add(new Guest { FirstName = "Olga", LastName = "Origin" });
            await db.SaveChangesAsync();
        }
        Assert.Equal(("user-7", "circuit-42"), await LastSeenAsync());

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var outside = new NpgsqlCommand("UPDATE guests SET notes = 'from psql' WHERE last_name = 'Origin'", connection);
        await outside.ExecuteNonQueryAsync();
        var (who, origin) = await LastSeenAsync();
        Assert.True(string.IsNullOrEmpty(who));
        Assert.True(string.IsNullOrEmpty(origin));
    }

    private async Task<(string? Who, string? Origin)> LastSeenAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT who, origin FROM seen_settings ORDER BY id DESC LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The trigger recorded nothing.");
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
