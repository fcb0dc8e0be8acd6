using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Activity;

/// <summary>Open pages follow changes made by other people, other instances and psql, through PostgreSQL NOTIFY.</summary>
public class LivePagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;

    [Fact]
    public async Task A_booking_saved_elsewhere_appears_in_an_open_bookings_list_with_a_toast_naming_who_saved_it()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Mueller");
        await Expect(page.GetByText("No bookings match your search.")).ToBeVisibleAsync();

        await AddBookingAsync("RES-2026-7001", "Mueller", "12", Today.AddDays(30), actor: await AdminIdAsync());

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "RES-2026-7001" })).ToBeVisibleAsync();
        await Expect(page.GetByText("New booking RES-2026-7001 — Mueller, room 12 — by Administrator")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_burst_of_changes_from_psql_becomes_one_summary_toast()
    {
        for (var i = 0; i < 5; i++)
            await AddBookingAsync($"RES-2026-72{i:00}", "Burst", $"2{i}", Today.AddDays(60), actor: null);
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Burst");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Burst" })).ToHaveCountAsync(5);

        await using (var psql = new NpgsqlConnection(app.ConnectionString))
        {
            await psql.OpenAsync();
            await using var update = new NpgsqlCommand("UPDATE bookings SET status = 'Cancelled' WHERE reservation_number LIKE 'RES-2026-72%'", psql);
            await update.ExecuteNonQueryAsync();
        }

        await Expect(page.GetByText("5 bookings changed by someone outside BookingWeb")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-status=Cancelled]")).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task A_bulk_update_reloads_an_open_bookings_list_once_with_one_toast_counting_the_rows()
    {
        await using var psql = new NpgsqlConnection(app.ConnectionString);
        await psql.OpenAsync();
        await ExecuteAsync(psql, """
            WITH room AS (INSERT INTO rooms (number, name, type, max_adults, max_children, base_rate, is_active, created_at, updated_at)
                          VALUES ('B-150', '', 'Double', 2, 0, 90, true, now(), now()) RETURNING id),
                 guest AS (INSERT INTO guests (first_name, last_name, created_at, updated_at)
                           VALUES ('Ada', 'Bulkmann', now(), now()) RETURNING id)
            INSERT INTO bookings (reservation_number, room_id, guest_id, check_in, check_out, adults, children, status,
                                  rate_per_night, payment_status, amount_paid, created_at, updated_at)
            SELECT next_reservation_number(2032), room.id, guest.id, date '2032-01-01' + 2 * n, date '2032-01-02' + 2 * n, 1, 0,
                   'Confirmed', 90, 'Unpaid', 0, now(), now()
            FROM room, guest, generate_series(1, 150) AS n
            """);
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Bulkmann");
        await Expect(page.Locator("[data-status=Confirmed]").First).ToBeVisibleAsync();

        await using (var transaction = await psql.BeginTransactionAsync())
        {
            await ExecuteAsync(psql, $"SELECT set_config('bookingweb.user', '{await AdminIdAsync()}', true)");
            await ExecuteAsync(psql, "UPDATE bookings SET status = 'Cancelled' WHERE guest_id = (SELECT id FROM guests WHERE last_name = 'Bulkmann')");
            await transaction.CommitAsync();
        }

        await Expect(page.GetByText("150 bookings changed by Administrator")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-status=Confirmed]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-status=Cancelled]").First).ToBeVisibleAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_calendar_and_the_dashboard_show_a_new_arrival_without_reloading()
    {
        var calendar = await app.NewPageAsync();
        await AppFixture.OpenAsync(calendar, "/calendar");
        var dashboard = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(dashboard, "/");

        await AddBookingAsync("RES-2026-7301", "Arrival", "31", Today, actor: null);

        await Expect(calendar.GetByRole(AriaRole.Group, new() { Name = "Room 31" }).GetByRole(AriaRole.Link, new() { Name = "Arrival" }))
            .ToBeVisibleAsync();
        await Expect(dashboard.GetByRole(AriaRole.Link, new() { Name = "RES-2026-7301" }).First).ToBeVisibleAsync();
    }

    private async Task<string> AdminIdAsync()
    {
        await using var db = app.CreateContext();
        return (await db.Users.SingleAsync(u => u.Email == TestAccounts.Admin.Email)).Id;
    }

    private async Task AddBookingAsync(string number, string lastName, string roomNumber, DateOnly checkIn, string? actor)
    {
        await using var db = app.CreateContext(actor);
        db.Bookings.Add(new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 90 },
            Guest = new Guest { FirstName = "Ada", LastName = lastName },
            CheckIn = checkIn,
            CheckOut = checkIn.AddDays(2),
            RatePerNight = 90,
        });
        await db.SaveChangesAsync();
    }
}
