using BookingWeb.Platform.Data;
using BookingWeb.Platform.Data.DemoData;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Platform.Data;

/// <summary>One seeded database for the class: seeding takes a few seconds, the assertions only read.</summary>
public sealed class SeededDatabaseFixture : DatabaseFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        // The exclusion constraint and check constraints refuse the whole seed if any booking is inconsistent.
        await new DemoDataSeeder(db, NullLogger.Instance, [], TestHotel.Clock()).SeedIfEmptyAsync(CancellationToken.None);
    }
}

public class DemoDataSeederTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;

    [Fact]
    public async Task Seeding_an_empty_database_creates_a_small_hotel_with_a_year_of_bookings()
    {
        await using var db = database.CreateContext();
        Assert.Equal(30, await db.Rooms.CountAsync());
        Assert.Equal(Enum.GetValues<RoomType>().Length, await db.Rooms.Select(r => r.Type).Distinct().CountAsync());
        Assert.Equal(800, await db.Guests.CountAsync());
        Assert.Equal(3000, await db.Bookings.CountAsync());
        Assert.True(await db.Bookings.MinAsync(b => b.CheckIn) <= Today.AddDays(-175));
        Assert.True(await db.Bookings.MaxAsync(b => b.CheckIn) >= Today.AddDays(175));
        Assert.True(await db.Guests.Select(g => g.Country).Distinct().CountAsync() >= 10);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using (var again = database.CreateContext())
            await new DemoDataSeeder(again, NullLogger.Instance, [], TestHotel.Clock()).SeedIfEmptyAsync(CancellationToken.None);

        await using var db = database.CreateContext();
        Assert.Equal(30, await db.Rooms.CountAsync());
        Assert.Equal(800, await db.Guests.CountAsync());
        Assert.Equal(3000, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task Statuses_follow_the_dates()
    {
        await using var db = database.CreateContext();
        Assert.False(await db.Bookings.AnyAsync(b => b.Status == BookingStatus.CheckedOut && b.CheckOut > Today));
        Assert.False(await db.Bookings.AnyAsync(b => b.Status == BookingStatus.CheckedIn && (b.CheckIn > Today || b.CheckOut < Today)));
        Assert.False(await db.Bookings.AnyAsync(b => (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Tentative) && b.CheckIn < Today));
        Assert.False(await db.Bookings.AnyAsync(b => b.Status == BookingStatus.NoShow && b.CheckIn >= Today));
        foreach (var status in Enum.GetValues<BookingStatus>())
            Assert.True(await db.Bookings.AnyAsync(b => b.Status == status), $"No {status} booking was seeded");
    }

    [Fact]
    public async Task Bookings_carry_services_discounts_reminders_and_fitting_payments()
    {
        await using var db = database.CreateContext();
        var withServices = await db.Bookings.CountAsync(b => b.Services.Any());
        var withDiscounts = await db.Bookings.CountAsync(b => b.Discounts.Any());
        var withReminders = await db.Bookings.CountAsync(b => b.Reminders.Any());
        Assert.InRange(withServices, 1000, 1400);
        Assert.InRange(withDiscounts, 300, 600);
        Assert.InRange(withReminders, 150, 400);
        Assert.True(await db.Reminders.AnyAsync(r => !r.Done && r.DueAt < DateTimeOffset.UtcNow), "No overdue reminder");
        Assert.True(await db.Reminders.AnyAsync(r => r.Done), "No reminder is done");

        var checkedOut = await db.Bookings.AsNoTracking().Include(b => b.Services).Include(b => b.Discounts)
            .Where(b => b.Status == BookingStatus.CheckedOut).Take(200).ToListAsync();
        Assert.All(checkedOut, b => Assert.Equal((PaymentStatus.Paid, 0m), (b.PaymentStatus, b.Totals.BalanceDue)));
    }

    [Fact]
    public async Task New_reservation_numbers_continue_after_the_seeded_ones()
    {
        await using var db = database.CreateContext();
        var numbers = await db.Bookings.Select(b => b.ReservationNumber).ToListAsync();
        Assert.All(numbers, n => Assert.Matches(@"^RES-\d{4}-\d{4}$", n));

        var next = await db.Database.SqlQuery<string>($"SELECT next_reservation_number({Today.Year}) AS \"Value\"").SingleAsync();
        Assert.DoesNotContain(next, numbers);
        Assert.Contains($"RES-{Today.Year}-0001", numbers);
    }
}
