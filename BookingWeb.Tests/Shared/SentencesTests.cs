using System.Globalization;
using BookingWeb.Shared;

namespace BookingWeb.Tests.Shared;

/// <summary>The names and clauses every toast, banner, presence line and merge summary strings together.</summary>
public class SentencesTests
{
    [Fact]
    public void A_list_reads_as_people_write_one_in_english_and_in_german()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        Assert.Equal(["", "Anna", "Anna and Ben", "Anna, Ben and Carla"],
            new[] { 0, 1, 2, 3 }.Select(n => Sentences.List(new[] { "Anna", "Ben", "Carla" }.Take(n).ToList())));
        using (new InGerman())
            Assert.Equal("Anna, Ben und Carla", Sentences.List(["Anna", "Ben", "Carla"]));
        CultureInfo.CurrentUICulture = before;
    }

    [Fact]
    public void A_name_that_starts_a_sentence_gets_a_capital()
    {
        Assert.Equal(("Jemand außerhalb", "Über", ""), (Sentences.Capitalised("jemand außerhalb"), Sentences.Capitalised("über"), Sentences.Capitalised("")));
    }
}
