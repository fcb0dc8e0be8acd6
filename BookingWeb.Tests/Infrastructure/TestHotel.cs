using BookingWeb.Platform.Clock;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>The hotel the tests run: in Berlin (the app's default zone), whatever this machine's own zone is.</summary>
public static class TestHotel
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static HotelClock Clock(TimeProvider? time = null) => new(time ?? TimeProvider.System, Zone);

    /// <summary>Today at the hotel, now.</summary>
    public static DateOnly Today => Clock().Today;

    /// <summary>The instant the hotel's clock reads <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="date"/>.</summary>
    public static DateTimeOffset At(DateOnly date, int hour, int minute) => Clock().Instant(date.ToDateTime(new TimeOnly(hour, minute)));
}
