using System.Globalization;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Platform.Localization;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings.Editor;
using BookingWeb.Features.Bookings.List;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Tests.Features.Bookings.German;

/// <summary>What the bookings list, the price panel and the booking rules say to a German-speaking receptionist.</summary>
public sealed class GermanBookingTextsTests : ComponentTestContext
{
    private readonly (CultureInfo, CultureInfo) _before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public GermanBookingTextsTests() => StaffCultures.Use(Languages.Culture(Languages.German, "€"));

    protected override void TearDown() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _before;

    private static void German() => StaffCultures.Use(Languages.Culture(Languages.German, "€"));

    [Fact]
    public void A_list_row_shows_German_dates_status_payment_and_money()
    {
        German();
        var row = new BookingListItem
        {
            Id = 7, ReservationNumber = "RES-1", GuestLastName = "Müller", GuestFirstName = "Mia", RoomNumber = "12",
            CheckIn = new DateOnly(2026, 7, 1), CheckOut = new DateOnly(2026, 7, 4), Status = BookingStatus.CheckedIn,
            PaymentStatus = PaymentStatus.PartiallyPaid, GrandTotal = 1234.5m,
        };

        var html = BookingRowHtml.Row(row, editing: null, changed: false);

        Assert.Contains(">01.07.2026</td>", html);
        Assert.Contains(">04.07.2026</td>", html);
        Assert.Contains("Im Haus", html);
        Assert.Contains(">Teilweise bezahlt</td>", html);
        Assert.Contains(">1.234,50</td>", html);
    }

    [Fact]
    public void The_price_panel_speaks_German_and_names_the_currency()
    {
        German();
        var draft = new BookingDraft
        {
            CheckIn = new DateOnly(2027, 6, 10), CheckOut = new DateOnly(2027, 6, 13), RatePerNight = 1200, AmountPaid = 100,
        };

        var price = Render<PriceBreakdown>(p => p.Add(c => c.Totals, draft.Totals));

        Assert.Contains("Preis (€)", price.Markup);
        Assert.Contains("3 Nächte", price.Find("[data-testid=price-breakdown]").TextContent);
        Assert.Equal("3.600,00", price.Find("[data-testid=room-total]").TextContent);
        Assert.Contains("Offener Betrag", price.Markup);
        Assert.Equal("3.500,00", price.Find("[data-testid=balance-due]").TextContent);
    }

    [Fact]
    public void A_stay_reads_the_German_way()
    {
        German();

        Assert.Equal("3.–5. Mai", StayText.Format(new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 5)));
        Assert.Equal("30. Dez. 2026 – 2. Jan. 2027", StayText.Format(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void The_booking_rules_speak_German()
    {
        German();
        var draft = new BookingDraft { CheckIn = new DateOnly(2027, 5, 3), CheckOut = new DateOnly(2027, 5, 5), Adults = 3, RoomId = 1, GuestId = 1 };
        draft.Services.Add(new ServiceLine { Description = "", UnitPrice = -1 });

        var errors = BookingValidator.Validate(draft, new Room { Id = 1, Number = "15", MaxAdults = 2, MaxChildren = 1 }).ToResult().FieldErrors;

        Assert.Equal("Zimmer 15 bietet Platz für höchstens 2 Erwachsene und 1 Kind.", errors["Adults"]);
        Assert.Equal("Zusatzleistung 1: Beschreiben Sie die Leistung.", errors["Services[0].Description"]);
        Assert.Equal("Zusatzleistung 1, Preis darf nicht negativ sein.", errors["Services[0].UnitPrice"]);
    }

    [Fact]
    public void Statuses_and_payment_states_have_German_names()
    {
        German();

        Assert.Equal(["Vorläufig", "Bestätigt", "Im Haus", "Abgereist", "Storniert", "Nicht erschienen"],
            Enum.GetValues<BookingStatus>().Select(BookingLabels.Of));
        Assert.Equal(["Unbezahlt", "Teilweise bezahlt", "Bezahlt", "Erstattet"], Enum.GetValues<PaymentStatus>().Select(BookingLabels.Of));
    }

    [Fact]
    public void German_numbers_are_read_only_where_their_separators_belong()
    {
        var german = Languages.Culture(Languages.German, "€");

        Assert.True(TypedInput.TryNumber("1.234,50", german, out var grouped));
        Assert.Equal(1234.5m, grouped);
        Assert.True(TypedInput.TryNumber("150,00", german, out var plain));
        Assert.Equal(150m, plain);
        Assert.False(TypedInput.TryNumber("150.00", german, out _));
        Assert.False(TypedInput.TryNumber("1.5", german, out _));
        Assert.True(TypedInput.TryNumber("1,234.50", CultureInfo.GetCultureInfo("en-GB"), out var english));
        Assert.Equal(1234.5m, english);
    }
}
