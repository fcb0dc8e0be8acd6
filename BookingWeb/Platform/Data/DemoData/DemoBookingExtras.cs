using BookingWeb.Platform.Clock;

namespace BookingWeb.Platform.Data.DemoData;

/// <summary>What makes a demo booking look lived-in: extras, discounts, reminders, and payments that fit its status.</summary>
internal sealed class DemoBookingExtras(Random random, DateOnly today, HotelClock clock)
{
    private enum Per { Stay, Night, Person, PersonNight }

    private sealed record ServiceOffer(string Description, decimal UnitPrice, Per Per, int Weight);

    private static readonly ServiceOffer[] Services =
    [
        new("Breakfast", 16.50m, Per.PersonNight, 40), new("Parking", 12m, Per.Night, 20),
        new("Late check-out (until 14:00)", 30m, Per.Stay, 10), new("Spa access", 35m, Per.Person, 10),
        new("Dinner, three courses", 42m, Per.Person, 8), new("Airport transfer", 55m, Per.Stay, 5),
        new("Early check-in (from 10:00)", 25m, Per.Stay, 5), new("Pet fee", 15m, Per.Night, 4),
        new("Bike rental", 18m, Per.Person, 4), new("Extra bed", 25m, Per.Night, 3),
    ];

    private static readonly (string Description, DiscountKind Kind, decimal Value)[] Discounts =
    [
        ("Returning guest", DiscountKind.Percent, 10m), ("Corporate rate", DiscountKind.Percent, 12m),
        ("Early booking", DiscountKind.Percent, 5m), ("Long stay", DiscountKind.Percent, 15m),
        ("Gift voucher", DiscountKind.Amount, 50m), ("Gift voucher", DiscountKind.Amount, 100m),
        ("Goodwill: noisy room", DiscountKind.Amount, 20m),
    ];

    private static readonly string[] FutureReminders =
    [
        "Call the guest to confirm the arrival time.", "Deposit not received yet: send the payment link.",
        "Book the airport pick-up.", "Flowers and a card in the room: birthday.", "Ask whether a cot is needed.",
    ];

    private static readonly string[] PastReminders =
    [
        "Send the invoice to the company.", "Post the forgotten charger back to the guest.", "Ask for a review.",
    ];

    private static readonly string[] Staff = ["Anna Berger", "Marco Rinaldi", "Lena Hofer", "Tom Schuster"];

    public void AddTo(Booking booking)
    {
        if (random.Chance(0.4)) AddServices(booking);
        if (random.Chance(0.15)) AddDiscount(booking);
        if (booking.HoldsRoom && random.Chance(0.115)) AddReminder(booking);
        SetPayment(booking);
    }

    private void AddServices(Booking booking)
    {
        var nights = booking.CheckOut.DayNumber - booking.CheckIn.DayNumber;
        var people = booking.Adults + booking.Children;
        var offers = Services.Select(s => (s, s.Weight)).ToList();
        var count = random.Next(1, 4);
        foreach (var offer in Enumerable.Range(0, count).Select(_ => random.PickWeighted(offers)).Distinct())
        {
            booking.Services.Add(new AdditionalService
            {
                Description = offer.Description,
                UnitPrice = offer.UnitPrice,
                Quantity = offer.Per switch
                {
                    Per.Night => nights,
                    Per.Person => people,
                    Per.PersonNight => nights * people,
                    _ => 1,
                },
                ServiceDate = offer.Per is Per.Stay or Per.Person ? booking.CheckIn.AddDays(random.Next(nights)) : null,
            });
        }
    }

    private void AddDiscount(Booking booking)
    {
        var nights = booking.CheckOut.DayNumber - booking.CheckIn.DayNumber;
        var subtotal = nights * booking.RatePerNight;
        var (description, kind, value) = random.Pick(Discounts);
        if ((description == "Long stay" && nights < 7) || (kind == DiscountKind.Amount && value * 2 > subtotal))
            (description, kind, value) = Discounts[0];
        booking.Discounts.Add(new Discount { Description = description, Kind = kind, Value = value });
    }

    private void AddReminder(Booking booking)
    {
        var upcoming = booking.CheckOut > today;
        var dueDate = upcoming
            ? (random.Chance(0.3) ? today : DateOnly.FromDayNumber(Math.Max(today.DayNumber - 3, booking.CheckIn.DayNumber - random.Next(1, 8))))
            : booking.CheckOut.AddDays(random.Next(0, 4));
        var dueAt = clock.Instant(dueDate.ToDateTime(new TimeOnly(random.Next(8, 19), random.Pick([0, 30])))).ToUniversalTime();
        // Most past reminders were dealt with; a few are overdue, which is what the dashboard is for.
        var done = dueAt < clock.UtcNow.AddDays(-1) && random.Chance(0.8);
        booking.Reminders.Add(new Reminder
        {
            DueAt = dueAt,
            Text = random.Pick(upcoming ? FutureReminders : PastReminders),
            Done = done,
            DoneBy = done ? random.Pick(Staff) : null,
        });
    }

    private void SetPayment(Booking booking)
    {
        var total = booking.Totals.GrandTotal;
        (booking.PaymentStatus, booking.AmountPaid) = booking.Status switch
        {
            BookingStatus.CheckedOut => (PaymentStatus.Paid, total),
            BookingStatus.CheckedIn => random.Chance(0.6) ? Deposit(total) : (PaymentStatus.Paid, total),
            BookingStatus.Confirmed => random.PickWeighted([((PaymentStatus.Unpaid, 0m), 5), (Deposit(total), 4), ((PaymentStatus.Paid, total), 1)]),
            BookingStatus.NoShow => random.Chance(0.6) ? (PaymentStatus.PartiallyPaid, booking.RatePerNight) : (PaymentStatus.Unpaid, 0m),
            BookingStatus.Cancelled => random.Chance(0.3) ? (PaymentStatus.Refunded, 0m) : (PaymentStatus.Unpaid, 0m),
            _ => (PaymentStatus.Unpaid, 0m),
        };
    }

    private static (PaymentStatus, decimal) Deposit(decimal total) =>
        total <= 0 ? (PaymentStatus.Paid, total) : (PaymentStatus.PartiallyPaid, Math.Round(total * 0.3m, 0, MidpointRounding.AwayFromZero));
}
