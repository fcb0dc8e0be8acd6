using BookingWeb.Platform.Data;

namespace BookingWeb.Tests.Platform.Data;

public class BookingTotalsTests
{
    private static readonly DateOnly May3 = new(2026, 5, 3);

    private static BookingTotals Calculate(int nights, decimal rate, ServiceCharge[]? services = null,
        DiscountRule[]? discounts = null, decimal paid = 0) =>
        BookingTotals.Calculate(May3, May3.AddDays(nights), rate, services ?? [], discounts ?? [], paid);

    [Fact]
    public void Room_total_is_nights_times_rate()
    {
        var totals = Calculate(3, 89.90m);
        Assert.Equal(3, totals.Nights);
        Assert.Equal(269.70m, totals.RoomTotal);
        Assert.Equal(269.70m, totals.GrandTotal);
        Assert.Equal(269.70m, totals.BalanceDue);
    }

    [Fact]
    public void Services_add_quantity_times_unit_price_rounded_to_cents()
    {
        var totals = Calculate(1, 100m, [new(2, 12.50m), new(1.5m, 3.333m)]);
        Assert.Equal(25m + 5m, totals.ServicesTotal);
        Assert.Equal(130m, totals.GrandTotal);
    }

    [Fact]
    public void Percent_discount_applies_to_room_and_services()
    {
        var totals = Calculate(2, 100m, [new(1, 50m)], [new(DiscountKind.Percent, 10m)]);
        Assert.Equal(25m, totals.DiscountTotal);
        Assert.Equal(225m, totals.GrandTotal);
    }

    [Fact]
    public void Fixed_and_percent_discounts_add_up()
    {
        var totals = Calculate(1, 200m, discounts: [new(DiscountKind.Percent, 5m), new(DiscountKind.Amount, 15m)]);
        Assert.Equal(25m, totals.DiscountTotal);
        Assert.Equal(175m, totals.GrandTotal);
    }

    [Fact]
    public void Discounts_never_make_the_total_negative()
    {
        var totals = Calculate(1, 80m, discounts: [new(DiscountKind.Amount, 500m), new(DiscountKind.Percent, 150m)]);
        Assert.Equal(80m, totals.DiscountTotal);
        Assert.Equal(0m, totals.GrandTotal);
        Assert.Equal(0m, totals.BalanceDue);
    }

    [Fact]
    public void Overpayment_leaves_no_negative_balance()
    {
        var totals = Calculate(2, 50m, paid: 150m);
        Assert.Equal(100m, totals.GrandTotal);
        Assert.Equal(0m, totals.BalanceDue);
    }

    [Fact]
    public void Partial_payment_leaves_the_rest_due()
    {
        Assert.Equal(60.01m, Calculate(1, 100.01m, paid: 40m).BalanceDue);
    }

    [Fact]
    public void Midpoint_amounts_round_away_from_zero()
    {
        var totals = Calculate(1, 10m, discounts: [new(DiscountKind.Percent, 12.25m)]);
        Assert.Equal(1.23m, totals.DiscountTotal); // 1.225 → 1.23
        Assert.Equal(8.77m, totals.GrandTotal);
    }

    [Fact]
    public void Reversed_dates_count_zero_nights_not_negative_money()
    {
        var totals = BookingTotals.Calculate(May3, May3.AddDays(-2), 100m, [], [], 0);
        Assert.Equal(0, totals.Nights);
        Assert.Equal(0m, totals.GrandTotal);
    }

    [Fact]
    public void Negative_inputs_are_treated_as_zero()
    {
        var totals = Calculate(1, -100m, [new(-1, 10m)], [new(DiscountKind.Amount, -5m)], paid: -20m);
        Assert.Equal(0m, totals.GrandTotal);
        Assert.Equal(0m, totals.AmountPaid);
        Assert.Equal(0m, totals.BalanceDue);
    }
}
