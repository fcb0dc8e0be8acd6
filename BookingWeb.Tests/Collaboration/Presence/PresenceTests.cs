using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Presence;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Presence;

/// <summary>"Anna is editing": kept in the database so every instance sees it, and never left behind as a ghost.</summary>
public class PresenceTests(AppFixture app) : IClassFixture<AppFixture>
{
    private PresenceService Presence => app.Services.GetRequiredService<PresenceService>();

    [Fact]
    public async Task Others_see_who_has_a_booking_open_but_not_themselves_and_it_ends_when_they_leave()
    {
        var (bookingId, adminId) = await SeedAsync("RES-2026-8001", "81");

        await Presence.EnterAsync("circuit-admin", adminId, bookingId);

        var seenByOthers = Assert.Single(await Presence.WhoIsEditingAsync([bookingId], exceptCircuitId: "circuit-someone-else"));
        Assert.Equal(TestAccounts.Admin.DisplayName, seenByOthers.DisplayName);
        Assert.Empty(await Presence.WhoIsEditingAsync([bookingId], exceptCircuitId: "circuit-admin"));
        await Presence.LeaveAsync("circuit-admin");
        Assert.Empty(await Presence.WhoIsEditingAsync([bookingId], exceptCircuitId: null));
    }

    [Fact]
    public async Task A_crashed_instances_editors_are_ignored_and_swept_while_live_ones_stay()
    {
        var (bookingId, adminId) = await SeedAsync("RES-2026-8002", "82");
        await Presence.EnterAsync("circuit-alive", adminId, bookingId);
        await using (var db = app.CreateContext())
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO presence (circuit_id, booking_id, user_id, seen_at)
                VALUES ('circuit-of-a-dead-instance', {bookingId}, {adminId}, now() - interval '1 hour')
                """);

        Assert.Equal(["circuit-alive"], (await Presence.WhoIsEditingAsync([bookingId], null)).Select(p => p.CircuitId));
        await Presence.HeartbeatAndSweepAsync(CancellationToken.None);

        await using (var db = app.CreateContext())
        {
            var left = await db.Database.SqlQuery<string>($"SELECT circuit_id AS \"Value\" FROM presence WHERE booking_id = {bookingId}").ToListAsync();
            Assert.Equal(["circuit-alive"], left);
        }
        await Presence.LeaveAsync("circuit-alive");
    }

    [Fact]
    public async Task The_bookings_list_shows_live_who_is_editing_a_booking()
    {
        var (bookingId, adminId) = await SeedAsync("RES-2026-8003", "83");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=RES-2026-8003");
        var row = page.Locator($"tr[data-booking-id='{bookingId}']");
        await Expect(row).ToBeVisibleAsync();

        await Presence.EnterAsync("circuit-admin-8003", adminId, bookingId);
        await Expect(row.Locator("[data-presence]")).ToHaveTextAsync($"{TestAccounts.Admin.DisplayName} is editing");

        await Presence.LeaveAsync("circuit-admin-8003");
        await Expect(row.Locator("[data-presence]")).ToHaveCountAsync(0);
    }

    private async Task<(int BookingId, string AdminId)> SeedAsync(string number, string roomNumber)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 90 },
            Guest = new Guest { FirstName = "Pia", LastName = "Presence" },
            CheckIn = new DateOnly(2027, 3, 1),
            CheckOut = new DateOnly(2027, 3, 3),
            RatePerNight = 90,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        var adminId = (await db.Users.SingleAsync(u => u.Email == TestAccounts.Admin.Email)).Id;
        return (booking.Id, adminId);
    }
}
