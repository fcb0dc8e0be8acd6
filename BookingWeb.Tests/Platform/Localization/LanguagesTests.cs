using System.ComponentModel.DataAnnotations;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Localization;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>Dates, numbers and money as staff write them in each language, always in the hotel's currency.</summary>
public class LanguagesTests
{
    private static readonly DateOnly FirstOfDecember = new(2026, 12, 1);

    [Fact]
    public void German_writes_dates_with_dots_and_money_with_a_decimal_comma_and_the_hotels_currency()
    {
        var german = Languages.Culture(Languages.German, "€");

        Assert.Equal("01.12.2026", FirstOfDecember.ToString("d", german));
        Assert.Equal("1.234,50 €", 1234.5m.ToString("C", german));
        Assert.Equal(1234.5m, decimal.Parse("1.234,50", german));
        Assert.Equal(150m, decimal.Parse("150,00", german));
        Assert.Equal(new DateOnly(2030, 12, 4), DateOnly.Parse("04.12.2030", german));
    }

    [Fact]
    public void English_writes_the_day_first_and_money_with_a_decimal_point_in_the_hotels_currency()
    {
        var english = Languages.Culture(Languages.English, "€");

        Assert.Equal("01/12/2026", FirstOfDecember.ToString("d", english));
        Assert.Equal("€1,234.50", 1234.5m.ToString("C", english));
    }

    [Theory]
    [InlineData("EUR", "€")]
    [InlineData("CHF", "CHF")]
    public void The_hotels_currency_is_shown_with_the_symbol_its_region_writes(string code, string symbol) =>
        Assert.Equal(symbol, new HotelOptions { Currency = code }.CurrencySymbol);

    [Theory]
    [InlineData("fr", "EUR", "Hotel__Language")]
    [InlineData("de", "EURO", "Hotel__Currency")]
    public void A_language_or_currency_BookingWeb_cannot_use_is_refused_with_the_setting_named(string language, string currency, string setting)
    {
        var options = new HotelOptions { Language = language, Currency = currency };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Contains(setting, Assert.Single(errors).ErrorMessage);
    }
}
