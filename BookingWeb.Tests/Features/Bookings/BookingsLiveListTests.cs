using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>
/// An open bookings list follows changes made elsewhere (here: psql) row by row: a changed row updates and flashes
/// in place, and a change that moves a row in the sort order or out of the filter reorders or shrinks the list.
/// </summary>
public class BookingsLiveListTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_changed_row_updates_in_place_and_a_new_check_in_moves_it_to_its_new_place()
    {
        var early = await SeedAsync("RES-2028-0101", "Shift", "81", new DateOnly(2028, 3, 1));
        var late = await SeedAsync("RES-2028-0102", "Shift", "82", new DateOnly(2028, 3, 10));
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Shift");
        var rows = page.Locator("tr[data-booking-id]");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToHaveAttributeAsync("data-booking-id", $"{late}"); // newest check-in first

        await PsqlAsync($"UPDATE bookings SET status = 'CheckedIn' WHERE id = {early}");

        var earlyRow = page.Locator($"tr[data-booking-id='{early}']");
        await Expect(earlyRow.Locator("[data-status=CheckedIn]")).ToBeVisibleAsync();
        await Expect(earlyRow).ToHaveAttributeAsync("data-live-changed", new System.Text.RegularExpressions.Regex(".*"));

        await PsqlAsync($"UPDATE bookings SET check_in = '2028-03-20', check_out = '2028-03-22' WHERE id = {early}");

        await Expect(rows.First).ToHaveAttributeAsync("data-booking-id", $"{early}");
        await Expect(rows.First).ToContainTextAsync("20 Mar 2028");
    }

    [Fact]
    public async Task A_row_that_leaves_the_status_filter_disappears_and_an_added_service_changes_a_total()
    {
        var stays = await SeedAsync("RES-2028-0201", "Filtered", "83", new DateOnly(2028, 4, 1));
        var leaves = await SeedAsync("RES-2028-0202", "Filtered", "84", new DateOnly(2028, 4, 5));
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Filtered&status=Confirmed");
        var rows = page.Locator("tr[data-booking-id]");
        await Expect(rows).ToHaveCountAsync(2);
        var staysRow = page.Locator($"tr[data-booking-id='{stays}']");
        await Expect(staysRow).ToContainTextAsync("180.00"); // two nights at 90

        await PsqlAsync($"UPDATE bookings SET status = 'Cancelled' WHERE id = {leaves}");

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.Locator($"tr[data-booking-id='{leaves}']")).ToHaveCountAsync(0);

        await PsqlAsync($"INSERT INTO additional_services (booking_id, description, quantity, unit_price, created_at, updated_at) VALUES ({stays}, 'Breakfast', 2, 15, now(), now())");

        await Expect(staysRow).ToContainTextAsync("210.00");
    }

    [Fact]
    public async Task A_bulk_update_shows_on_every_row_without_flashing_the_whole_page()
    {
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
            ids.Add(await SeedAsync($"RES-2028-030{i}", "Bulk", $"9{i}", new DateOnly(2028, 5, 1 + 3 * i)));
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Bulk");
        await Expect(page.Locator("tr[data-booking-id]")).ToHaveCountAsync(6);

        await PsqlAsync($"UPDATE bookings SET status = 'CheckedIn' WHERE id IN ({string.Join(',', ids)})");

        await Expect(page.Locator("tr[data-booking-id] [data-status=CheckedIn]")).ToHaveCountAsync(6);
        await Expect(page.Locator("tr[data-live-changed]")).ToHaveCountAsync(0);
    }

    private async Task<int> SeedAsync(string number, string lastName, string roomNumber, DateOnly checkIn)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 90 },
            Guest = new Guest { FirstName = "Lia", LastName = lastName },
            CheckIn = checkIn,
            CheckOut = checkIn.AddDays(2),
            RatePerNight = 90,
            Status = BookingStatus.Confirmed,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }

    private async Task PsqlAsync(string sql)
    {
        await using var psql = new NpgsqlConnection(app.ConnectionString);
        await psql.OpenAsync();
        await using var command = new NpgsqlCommand(sql, psql);
        await command.ExecuteNonQueryAsync();
    }
}
