using BookingWeb.Testing;
namespace BookingWeb.Tests.Infrastructure;

/// <summary>The app of a German hotel: whoever has not chosen a language reads German.</summary>
public sealed class GermanHotelApp : AppFixture
{
    protected override IEnumerable<string> ExtraSettings => ["--Hotel:Language=de"];
}
