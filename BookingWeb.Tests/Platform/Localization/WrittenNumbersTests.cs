using System.Globalization;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;
using BookingWeb.Platform.Localization;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>Numbers as each language writes them; what is not such a number is refused, never read another way.</summary>
public class WrittenNumbersTests
{
    private static readonly CultureInfo German = Languages.Culture(Languages.German, "€");
    private static readonly CultureInfo English = Languages.Culture(Languages.English, "€");

    [Theory]
    [InlineData("de", "150,00", 150.00)]
    [InlineData("de", "1.234,50", 1234.50)]
    [InlineData("de", "1234,5", 1234.50)]
    [InlineData("de", "-50", -50)]
    [InlineData("de", " 90 ", 90)]
    [InlineData("en", "150.00", 150.00)]
    [InlineData("en", "1,234.50", 1234.50)]
    [InlineData("en", "1000000000", 1000000000)]
    public void A_number_written_as_the_language_writes_it_is_read_as_written(string language, string text, double expected)
    {
        Assert.True(WrittenNumbers.TryParse(text, language == "de" ? German : English, whole: false, out decimal value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("de", "150.00")] // a thousands separator before two digits: not 15000
    [InlineData("de", "1.23,5")]
    [InlineData("de", "150,00x")]
    [InlineData("de", "")]
    [InlineData("en", "150,00")] // not 15000 either
    [InlineData("en", "1.234,50")]
    public void Anything_else_is_not_a_number(string language, string text) =>
        Assert.False(WrittenNumbers.TryParse(text, language == "de" ? German : English, whole: false, out decimal _));

    [Fact]
    public void A_whole_number_has_no_decimals()
    {
        Assert.True(WrittenNumbers.TryParse("3", German, whole: true, out int three));
        Assert.Equal(3, three);
        Assert.False(WrittenNumbers.TryParse("2,5", German, whole: true, out int _));
    }

    [Fact]
    public async Task A_rooms_capacity_reads_in_German()
    {
        await Task.Yield(); // the culture set below stays in this test's flow
        StaffCultures.Use(German);

        Assert.Equal("2 Erwachsene + 1 Kind", new RoomRow(1, "12", "", RoomType.Double, 2, 1, 90, true).Capacity);
        Assert.Equal("1 Erwachsener", new RoomRow(1, "12", "", RoomType.Single, 1, 0, 90, true).Capacity);
        Assert.Equal("Familienzimmer", RoomTypeNames.Of(RoomType.Family));
    }
}
