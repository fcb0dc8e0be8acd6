using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Presence;

/// <summary>The hosted app with presence beating every second and expiring after five, so a ghost's end can be watched.</summary>
public sealed class QuickPresenceApp : AppFixture
{
    protected override IEnumerable<string> ExtraSettings => [.. base.ExtraSettings, "--Presence:HeartbeatSeconds=1", "--Presence:ExpirySeconds=5"];
}

/// <summary>
/// An instance sweeps presence rows only while it knows other instances have some (their arrivals are announced),
/// so an idle instance costs the database nothing; a crashed instance's editor still disappears from open pages.
/// </summary>
public class CrashedInstancePresenceTests(QuickPresenceApp app) : IClassFixture<QuickPresenceApp>
{
    [Fact]
    public async Task An_editor_left_open_by_a_crashed_instance_disappears_from_the_open_list_once_it_expires()
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = "RES-2027-8101",
            Room = new Room { Number = "811", Name = "", BaseRate = 90 },
            Guest = new Guest { FirstName = "Gus", LastName = "Ghost" },
            CheckIn = new DateOnly(2027, 8, 1), CheckOut = new DateOnly(2027, 8, 3), RatePerNight = 90,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        var adminId = (await db.Users.SingleAsync(u => u.Email == TestAccounts.Admin.Email)).Id;
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=RES-2027-8101");
        var presence = page.Locator($"tr[data-booking-id='{booking.Id}'] [data-presence]");

        // Another instance opens the editor (as its PresenceService would), then dies: nobody refreshes its row again.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO presence (circuit_id, booking_id, user_id) VALUES ('circuit-on-a-crashed-instance', {booking.Id}, {adminId})
            """);
        await Expect(presence).ToHaveTextAsync($"{TestAccounts.Admin.DisplayName} is editing");

        await Expect(presence).ToHaveCountAsync(0);
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM presence WHERE booking_id = {booking.Id}").SingleAsync());
    }
}
