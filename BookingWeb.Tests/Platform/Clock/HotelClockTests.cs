using System.ComponentModel.DataAnnotations;
using BookingWeb.Platform.Clock;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using BookingWeb.Platform.Localization;

namespace BookingWeb.Tests.Platform.Clock;

/// <summary>The hotel's clock on a server that runs on UTC: "today" and "09:00" are Berlin's.</summary>
public class HotelClockTests
{
    private static HotelClock At(int year, int month, int day, int hour, int minute) =>
        TestHotel.Clock(new FakeTimeProvider(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero)));

    [Fact]
    public void At_half_past_eleven_utc_in_winter_it_is_already_tomorrow_at_the_hotel()
    {
        var clock = At(2026, 12, 1, 23, 30);

        Assert.Equal(new DateOnly(2026, 12, 2), clock.Today);
        Assert.Equal(new DateTime(2026, 12, 2, 0, 30, 0), clock.Now.DateTime);
    }

    [Fact]
    public void Nine_in_the_morning_at_the_hotel_is_eight_utc_in_winter_and_seven_utc_in_summer()
    {
        var clock = TestHotel.Clock();

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), clock.Instant(new DateTime(2026, 12, 1, 9, 0, 0)));
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 7, 0, 0, TimeSpan.Zero), clock.Instant(new DateTime(2027, 7, 1, 9, 0, 0)));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), clock.StartOf(new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void A_time_the_spring_clocks_skip_is_read_as_that_long_after_and_the_autumns_repeated_hour_as_its_first_time()
    {
        var clock = TestHotel.Clock();

        // 28 March 2027: 02:00 becomes 03:00. 31 October 2027: 03:00 becomes 02:00 again.
        Assert.Equal(new DateTime(2027, 3, 28, 3, 30, 0), clock.Instant(new DateTime(2027, 3, 28, 2, 30, 0)).DateTime);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), clock.Instant(new DateTime(2027, 3, 28, 2, 30, 0)));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), clock.Instant(new DateTime(2027, 10, 31, 2, 30, 0)));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("")]
    public void A_time_zone_that_is_not_an_iana_id_this_machine_knows_is_refused_with_the_setting_named(string zone)
    {
        var options = new HotelOptions { TimeZone = zone };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        if (zone.Length > 0) Assert.Contains("Hotel__TimeZone", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void The_default_zone_is_known_here()
    {
        var options = new HotelOptions();
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }
}
