using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Activity;

/// <summary>The hosted app, its change listener signing in to PostgreSQL as a role of its own that a test can lock out.</summary>
public sealed class ListenerRoleAppFixture : AppFixture
{
    public const string ListenerRole = "bookingweb_test_listener";

    /// <summary>The password of the test roles: the container's server, like most, checks one on every TCP sign-in.</summary>
    private const string RolePassword = "listener-pass";

    public override async Task InitializeAsync()
    {
        await EnsureRoleAsync(ListenerRole);
        await base.InitializeAsync();
    }

    protected override IEnumerable<string> ExtraSettings =>
        [.. base.ExtraSettings, $"--Realtime:ConnectionString={ConnectionStringAs(ConnectionString, ListenerRole)}"];

    /// <summary>Creates the login role if missing (roles are server-wide), allowed to sign in.</summary>
    public static async Task EnsureRoleAsync(string role) => await ExecuteAsync(await PostgresServer.GetAsync(), $"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role}; END IF;
        END $$;
        ALTER ROLE {role} LOGIN PASSWORD '{RolePassword}';
        """);

    public static string ConnectionStringAs(string connectionString, string role) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = role, Password = RolePassword }.ConnectionString;

    public static async Task ExecuteAsync(PostgresServer server, string sql)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}

public class PausedLiveUpdatesTests(ListenerRoleAppFixture app) : IClassFixture<ListenerRoleAppFixture>
{
    [Fact]
    public async Task While_the_listener_is_cut_off_the_header_says_paused_pages_still_refresh_and_it_recovers()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=RES-2027-0702");
        await Expect(page.Locator("[data-live-status=Live]")).ToBeVisibleAsync();
        var server = await PostgresServer.GetAsync();
        const string role = ListenerRoleAppFixture.ListenerRole;

        await ListenerRoleAppFixture.ExecuteAsync(server, $"ALTER ROLE {role} NOLOGIN");
        try
        {
            await ListenerRoleAppFixture.ExecuteAsync(server,
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}' AND datname = '{app.DatabaseName}'");
            await Expect(page.Locator("[data-live-status=Reconnecting]")).ToContainTextAsync("Live updates paused");

            await using (var db = app.CreateContext())
            {
                db.Bookings.Add(new Booking
                {
                    ReservationNumber = "RES-2027-0702",
                    Room = new Room { Number = "72", Name = "", BaseRate = 90 },
                    Guest = new Guest { FirstName = "Pau", LastName = "Paused" },
                    CheckIn = new DateOnly(2027, 7, 1), CheckOut = new DateOnly(2027, 7, 3), RatePerNight = 90,
                });
                await db.SaveChangesAsync();
            }

            // Its notification went nowhere (the listener is away); the paused page's own refresh finds it.
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2027-0702" })).ToBeVisibleAsync();
            await Expect(page.Locator("[data-live-status=Reconnecting]")).ToBeVisibleAsync();
        }
        finally
        {
            await ListenerRoleAppFixture.ExecuteAsync(server, $"ALTER ROLE {role} LOGIN");
        }
        await Expect(page.Locator("[data-live-status=Live]")).ToBeVisibleAsync(new() { Timeout = 45_000 });
    }
}
