using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using BookingWeb.Platform.Localization;

namespace BookingWeb.Platform.Clock;

/// <summary>
/// The one clock of BookingWeb: every "now" and "today" is the hotel's, in its time zone, whatever the server's own
/// zone (a container's is UTC). Built on <see cref="TimeProvider"/>, so tests move time across the hotel's midnight.
/// Instants are stored and compared in UTC; the hotel's wall-clock time is only what people read and type.
/// </summary>
public sealed class HotelClock
{
    private readonly TimeProvider _time;

    public HotelClock(TimeProvider time, IOptions<HotelOptions> options)
        : this(time, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)) { }

    public HotelClock(TimeProvider time, TimeZoneInfo zone) => (_time, Zone) = (time, zone);

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>Now on the hotel's wall clock, with the hotel's offset.</summary>
    public DateTimeOffset Now => AtHotel(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>An instant as the hotel's clock showed it.</summary>
    public DateTimeOffset AtHotel(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The instant the hotel's wall clock reads <paramref name="wallClock"/>. A time in the spring-forward gap (02:30,
    /// which does not exist) is read as that long after the gap (03:30); in the autumn's repeated hour, the first of the two.
    /// </summary>
    public DateTimeOffset Instant(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var before = Zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local - before, TimeSpan.Zero).ToOffset(Zone.GetUtcOffset(local.AddHours(3)));
        }
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>When <paramref name="day"/> starts at the hotel.</summary>
    public DateTimeOffset StartOf(DateOnly day) => Instant(day.ToDateTime(TimeOnly.MinValue));
}

public static class HotelClockServiceCollectionExtensions
{
    public static IServiceCollection AddHotelClock(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HotelOptions>().Bind(configuration.GetSection(HotelOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System); // tests register a fake one first
        services.AddSingleton<HotelClock>();
        return services;
    }
}
