using BookingWeb.Platform.Data;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Features.Reports;

/// <summary>Bookings with a rate, services and discounts of their own, written straight into a test class's database.</summary>
public sealed class ReportTestData(DatabaseFixture database)
{
    private static int _nextReservation = 7000;

    public StayTestData Stays { get; } = new(database);

    public async Task<Booking> AddBookingAsync(Room room, DateOnly checkIn, DateOnly checkOut, decimal ratePerNight,
        BookingStatus status = BookingStatus.Confirmed, AdditionalService[]? services = null, Discount[]? discounts = null)
    {
        await using var db = database.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = $"RES-2026-{Interlocked.Increment(ref _nextReservation)}",
            RoomId = room.Id,
            Guest = new Guest { FirstName = "Ada", LastName = "Report" },
            CheckIn = checkIn,
            CheckOut = checkOut,
            Status = status,
            RatePerNight = ratePerNight,
            Services = [.. services ?? []],
            Discounts = [.. discounts ?? []],
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking;
    }

    public static AdditionalService Service(decimal quantity, decimal unitPrice) =>
        new() { Description = "Breakfast", Quantity = quantity, UnitPrice = unitPrice };

    public static Discount Percent(decimal value) => new() { Description = "Regular guest", Kind = DiscountKind.Percent, Value = value };

    public static Discount Amount(decimal value) => new() { Description = "Voucher", Kind = DiscountKind.Amount, Value = value };
}
