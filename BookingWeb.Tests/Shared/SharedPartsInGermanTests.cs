using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Shared;

/// <summary>The pager and the shared field and search messages speak German to a German-speaking person.</summary>
public class SharedPartsInGermanTests : ComponentTestContext
{
    [Fact]
    public void The_pager_says_which_page_of_how_many_in_german()
    {
        using var german = new InGerman();

        var pager = Render<ListPager>(p => p.Add(l => l.Page, 1).Add(l => l.PageSize, 10).Add(l => l.Count, 1234)
            .Add(l => l.Noun, "Buchung").Add(l => l.Plural, "Buchungen"));

        Assert.Equal("Seite 2 von 124 (1234 Buchungen)", pager.Find("[data-pager-summary]").TextContent.Trim());
        Assert.Equal("Seiten: Buchungen", pager.Find("nav").GetAttribute("aria-label"));
        Assert.NotNull(pager.Find("button[aria-label='Vorherige Seite']"));
        Assert.NotNull(pager.Find("button[aria-label='Nächste Seite']"));
        Assert.Equal("page", pager.Find("button[aria-label='Seite 2']").GetAttribute("aria-current"));
    }

    [Fact]
    public void Field_messages_are_german_with_german_numbers()
    {
        using var german = new InGerman();
        var errors = new FieldErrors();

        errors.Require(" ", "LastName", "Nachname");
        errors.Text(new string('x', 1200), 1000, "Notes", "Notizen");
        errors.Money(100_000_000m, "RatePerNight", "Preis pro Nacht");
        errors.Range(0, 1, 10, "Adults", "Erwachsene");
        var result = errors.ToResult();

        Assert.Equal("Bitte korrigieren Sie die markierten Felder.", result.Message);
        Assert.Equal("Nachname ist erforderlich.", result.FieldErrors["LastName"]);
        Assert.Equal("Notizen darf höchstens 1.000 Zeichen lang sein; dieser Text hat 1.200.", result.FieldErrors["Notes"]);
        Assert.Equal("Preis pro Nacht darf höchstens 99.999.999,99 betragen.", result.FieldErrors["RatePerNight"]);
        Assert.Equal("Erwachsene muss zwischen 1 und 10 liegen.", result.FieldErrors["Adults"]);
    }

    [Fact]
    public void The_search_box_says_in_german_when_it_cuts_what_was_typed()
    {
        using var german = new InGerman();

        Assert.Equal("Nur die ersten 10 Wörter werden durchsucht.", SearchWords.CutNote("a b c d e f g h i j k"));
        Assert.Equal("Nur die ersten 200 Zeichen werden durchsucht.", SearchWords.CutNote(new string('x', 200)));
    }
}
