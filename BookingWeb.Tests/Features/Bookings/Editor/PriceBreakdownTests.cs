using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using BookingWeb.Features.Bookings.Editor;

namespace BookingWeb.Tests.Features.Bookings.Editor;

/// <summary>The price panel beside the booking form: nights, services, discounts, total, paid and what is still due.</summary>
public class PriceBreakdownTests : ComponentTestContext
{
    [Fact]
    public void Shows_the_rooms_services_discount_total_and_balance_of_the_booking()
    {
        var draft = new BookingDraft
        {
            CheckIn = new DateOnly(2027, 6, 10), CheckOut = new DateOnly(2027, 6, 13), RatePerNight = 120, AmountPaid = 100,
            Services = [new ServiceLine { Description = "Breakfast", Quantity = 3, UnitPrice = 15 }],
            Discounts = [new DiscountLine { Description = "Returning guest", Kind = DiscountKind.Percent, Value = 10 }],
        };

        var price = Render<PriceBreakdown>(p => p.Add(c => c.Totals, draft.Totals));

        Assert.Contains("3 nights", price.Find("[data-testid=price-breakdown]").TextContent);
        Assert.Equal("360.00", price.Find("[data-testid=room-total]").TextContent);
        Assert.Equal("45.00", price.Find("[data-testid=services-total]").TextContent);
        Assert.Equal("−40.50", price.Find("[data-testid=discount-total]").TextContent);
        Assert.Equal("364.50", price.Find("[data-testid=grand-total]").TextContent);
        Assert.Equal("264.50", price.Find("[data-testid=balance-due]").TextContent);
    }

    [Fact]
    public void Amounts_too_large_to_add_up_are_said_instead_of_failing_the_page()
    {
        var draft = new BookingDraft
        {
            CheckIn = new DateOnly(2027, 6, 10), CheckOut = new DateOnly(2027, 6, 13), RatePerNight = decimal.MaxValue,
        };

        var price = Render<PriceBreakdown>(p => p.Add(c => c.Totals, draft.Totals));

        Assert.Contains("These amounts are too large to add up.", price.Find("[data-testid=price-breakdown]").TextContent);
    }

    [Fact]
    public void Says_one_night_and_follows_the_form_as_it_changes()
    {
        var draft = new BookingDraft { CheckIn = new DateOnly(2027, 6, 10), CheckOut = new DateOnly(2027, 6, 11), RatePerNight = 80 };
        var price = Render<PriceBreakdown>(p => p.Add(c => c.Totals, draft.Totals));
        Assert.Contains("1 night", price.Find("[data-testid=price-breakdown]").TextContent);
        Assert.DoesNotContain("1 nights", price.Markup);

        draft.Discounts.Add(new DiscountLine { Description = "Voucher", Kind = DiscountKind.Amount, Value = 100 });
        price.Render(p => p.Add(c => c.Totals, draft.Totals));

        Assert.Equal("0.00", price.Find("[data-testid=grand-total]").TextContent);
        Assert.Equal("−80.00", price.Find("[data-testid=discount-total]").TextContent);
    }
}
