using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Features;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Tests.Platform.Data;

/// <summary>The SQL twin of <see cref="BookingTotals.Calculate"/> gives the same money, rounding and caps included.</summary>
public class BookingTotalsSqlTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly StayTestData data = new(database);

    public Task InitializeAsync() => data.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, decimal, decimal[], (DiscountKind, decimal)[]> Bookings => new()
    {
        { "no lines", 89.90m, [], [] },
        { "half a cent rounds away from zero", 10m, [0.5m, 0.05m, 1.5m, 3.33m], [] },
        { "a percentage rounds to cents", 100.01m, [], [(DiscountKind.Percent, 33.33m)] },
        { "a half-cent percentage rounds up", 10.20m, [], [(DiscountKind.Percent, 12.5m)] },
        { "percentages of room and services together", 50m, [3, 7.77m], [(DiscountKind.Percent, 10), (DiscountKind.Percent, 5)] },
        { "discounts never exceed the charge", 20m, [1, 5m], [(DiscountKind.Amount, 30), (DiscountKind.Percent, 100)] },
        { "a free night", 0m, [2, 4.50m], [(DiscountKind.Amount, 1)] },
    };

    [Theory]
    [MemberData(nameof(Bookings))]
    public async Task Gives_what_the_booking_editor_works_out(string why, decimal rate, decimal[] services, (DiscountKind, decimal)[] discounts)
    {
        var room = await data.AddRoomAsync("1");
        var booking = await data.AddStayAsync(room, why, new DateOnly(2026, 5, 3), new DateOnly(2026, 5, 6));
        await using (var db = database.CreateContext())
        {
            var saved = await db.Bookings.SingleAsync(b => b.Id == booking.Id);
            saved.RatePerNight = rate;
            saved.Services = services.Chunk(2).Select(s => new AdditionalService { Description = "x", Quantity = s[0], UnitPrice = s[1] }).ToList();
            saved.Discounts = discounts.Select(d => new Discount { Description = "x", Kind = d.Item1, Value = d.Item2 }).ToList();
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var expected = (await read.Bookings.Include(b => b.Services).Include(b => b.Discounts).SingleAsync(b => b.Id == booking.Id)).Totals;
        var inSql = await read.Database.SqlQueryRaw<Money>(
            $"""SELECT money.room_total AS "Room", money.services_total AS "Services", money.discount_total AS "Discount" FROM bookings b {BookingTotalsSql.LateralJoins} WHERE b.id = @p0""",
            booking.Id).SingleAsync();

        Assert.Equal((expected.RoomTotal, expected.ServicesTotal, expected.DiscountTotal), (inSql.Room, inSql.Services, inSql.Discount));
    }

    private sealed class Money
    {
        public decimal Room { get; init; }
        public decimal Services { get; init; }
        public decimal Discount { get; init; }
    }
}
