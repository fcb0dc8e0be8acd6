namespace BookingWeb.Platform.Data;

public readonly record struct ServiceCharge(decimal Quantity, decimal UnitPrice);

public readonly record struct DiscountRule(DiscountKind Kind, decimal Value);

/// <summary>
/// The one place where a booking's money is worked out. Every amount is rounded to cents
/// (half away from zero) and never negative: discounts cannot exceed what is charged, and an
/// overpayment leaves a balance of zero rather than a negative one.
/// </summary>
public sealed record BookingTotals(
    int Nights,
    decimal RoomTotal,
    decimal ServicesTotal,
    decimal DiscountTotal,
    decimal GrandTotal,
    decimal AmountPaid,
    decimal BalanceDue)
{
    public decimal Subtotal => RoomTotal + ServicesTotal;

    public static BookingTotals Calculate(
        DateOnly checkIn, DateOnly checkOut, decimal ratePerNight,
        IEnumerable<ServiceCharge> services, IEnumerable<DiscountRule> discounts, decimal amountPaid)
    {
        var nights = Math.Max(0, checkOut.DayNumber - checkIn.DayNumber);
        var roomTotal = Cents(nights * NotNegative(ratePerNight));
        var servicesTotal = services.Sum(s => Cents(NotNegative(s.Quantity) * NotNegative(s.UnitPrice)));
        var subtotal = roomTotal + servicesTotal;

        var discountTotal = discounts.Sum(d => d.Kind == DiscountKind.Percent
            ? Cents(subtotal * Math.Min(100m, NotNegative(d.Value)) / 100m)
            : Cents(NotNegative(d.Value)));
        discountTotal = Math.Min(discountTotal, subtotal);

        var grandTotal = subtotal - discountTotal;
        var paid = Cents(NotNegative(amountPaid));
        return new BookingTotals(nights, roomTotal, servicesTotal, discountTotal, grandTotal, paid,
            Math.Max(0m, grandTotal - paid));
    }

    /// <summary>
    /// The totals of amounts as typed, which may be beyond what any column holds (79228162514264337593543950335):
    /// null when they are too large to add up, so a form shows a message instead of failing while it renders.
    /// </summary>
    public static BookingTotals? TryCalculate(
        DateOnly checkIn, DateOnly checkOut, decimal ratePerNight,
        IEnumerable<ServiceCharge> services, IEnumerable<DiscountRule> discounts, decimal amountPaid)
    {
        try
        {
            return Calculate(checkIn, checkOut, ratePerNight, services, discounts, amountPaid);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>One line's amount as typed, or null when it is too large to work out.</summary>
    public static decimal? TryLineAmount(decimal quantity, decimal unitPrice)
    {
        try
        {
            return Cents(quantity * unitPrice);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static decimal NotNegative(decimal value) => Math.Max(0m, value);
}
