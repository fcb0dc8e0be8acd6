using BookingWeb.Collaboration.Merging;
using BookingWeb.Tests.Shared;
using static BookingWeb.Tests.Collaboration.Merging.Snapshots;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>What the merge shows and reads for a German-speaking person: values in German formats, typed values read the German way.</summary>
public class ConflictsInGermanTests
{
    [Fact]
    public void Values_are_shown_in_german_formats()
    {
        using var german = new InGerman();

        Assert.Equal("(leer)", ConflictValues.Display(null));
        Assert.Equal("04.12.2030", ConflictValues.Display(new DateOnly(2030, 12, 4)));
        Assert.Equal("1.234,50", ConflictValues.Display(1234.5m));
        Assert.Equal("Ja", ConflictValues.Display(true));
        Assert.Equal("Nein", ConflictValues.Display(false));
        Assert.Equal("04.12.2030", ConflictValues.Editable(new DateOnly(2030, 12, 4)));
        Assert.Equal("150,00", ConflictValues.Editable(150.00m));
    }

    [Theory]
    [InlineData("150,00", 150.00)]
    [InlineData("1.234,50", 1234.5)]
    public void Typed_amounts_are_read_the_german_way(string typed, double expected)
    {
        using var german = new InGerman();

        Assert.True(ConflictValues.TryParse(typeof(decimal), typed, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void A_typed_date_is_day_month_year_and_anything_else_does_not_parse()
    {
        using var german = new InGerman();

        Assert.True(ConflictValues.TryParse(typeof(DateOnly), "04.12.2030", out var date));
        Assert.Equal(new DateOnly(2030, 12, 4), date);
        Assert.True(ConflictValues.TryParse(typeof(DateOnly), "4.12.2030", out var shortDate));
        Assert.Equal(new DateOnly(2030, 12, 4), shortDate);
        Assert.False(ConflictValues.TryParse(typeof(DateOnly), "20.01.2030x", out _));
        Assert.False(ConflictValues.TryParse(typeof(DateOnly), "2030-12-04", out _));
    }

    [Fact]
    public void The_merge_sentence_is_german()
    {
        using var german = new InGerman();
        var names = new Dictionary<string, string> { ["CheckOut"] = "Abreisedatum", ["Notes"] = "Notizen", ["RoomId"] = "Zimmer" };
        var merge = FieldMerge.Merge(
            Record(("CheckOut", 5), ("Notes", null), ("RoomId", 12)),
            Record(("CheckOut", 5), ("Notes", "spät"), ("RoomId", 12)),
            Record(("CheckOut", 7), ("Notes", null), ("RoomId", 14)));

        Assert.Equal("Von Anna übernommen: Abreisedatum und Zimmer; Ihre Änderungen gespeichert: Notizen.",
            new MergeSummary("Anna", names).Add(merge).Sentence());
        Assert.Equal("Es musste nichts zusammengeführt werden.", new MergeSummary("Anna", names).Sentence());
    }
}
