using AngleSharp.Dom;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Shared;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>The merge dialog for a German-speaking person: German words, German formats, and values typed the German way.</summary>
public class MergeDialogInGermanTests : ComponentTestContext
{
    private static readonly DateTimeOffset SavedAt = new(2027, 5, 1, 12, 2, 0, TimeSpan.Zero); // 14:02 in Berlin

    private static MergeConflict Conflict() => new(
    [
        new ConflictField("RatePerNight", "Preis pro Nacht", typeof(decimal), 120.00m, 130.00m, 1234.50m),
        new ConflictField("CheckOut", "Abreise", typeof(DateOnly), new DateOnly(2030, 12, 6), new DateOnly(2030, 12, 7), new DateOnly(2030, 12, 8)),
    ], "Anna", SavedAt);

    private IRenderedComponent<MudDialogProvider>? _provider;

    private async Task<Task<IReadOnlyDictionary<MergeKey, FieldChoice>?>> OpenAsync()
    {
        _provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<IReadOnlyDictionary<MergeKey, FieldChoice>?>? result = null;
        await _provider.InvokeAsync(() => { result = MergeDialog.OpenAsync(dialogs, Conflict()); });
        _provider.WaitForAssertion(() => Assert.Single(_provider.FindAll("[role=dialog]")));
        return result!;
    }

    private IElement Field(string label) =>
        _provider!.FindAll("fieldset").Single(f => f.QuerySelector("legend")!.TextContent.Trim() == label);

    private void Type(string field, string text) => Field(field).QuerySelector("input:not([type=radio])")!.Input(text);

    private void Press(string button) => _provider!.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();

    [Fact]
    public async Task Shows_the_three_values_in_german_with_who_and_when()
    {
        using var german = new InGerman();
        await OpenAsync();

        var rate = Field("Preis pro Nacht");
        Assert.Equal(["120,00", "130,00", "1.234,50"], rate.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()));
        Assert.Equal(["Original", "Von Anna um 14:02", "Meine"], rate.QuerySelectorAll("dt").Select(d => d.TextContent.Trim()));
        Assert.Equal(["06.12.2030", "07.12.2030", "08.12.2030"], Field("Abreise").QuerySelectorAll("dd").Select(d => d.TextContent.Trim()));
        Assert.Contains("hat dies gespeichert, während Sie daran gearbeitet haben", _provider!.Find("[role=dialog]").TextContent);
        Assert.Equal(["Meine behalten", "Andere übernehmen", "Neuen Wert eingeben"],
            rate.QuerySelectorAll("label").Select(l => l.TextContent.Trim()).Where(t => t.Length > 0 && !t.StartsWith("Neuer Wert")));
    }

    [Fact]
    public async Task Typed_german_amounts_and_dates_are_saved_as_written()
    {
        using var german = new InGerman();
        var result = await OpenAsync();

        Type("Preis pro Nacht", "150,00");
        Type("Abreise", "04.12.2030");
        Press("Speichern");

        var choices = (await result.WaitAsync(TimeSpan.FromSeconds(5)))!;
        Assert.Equal(FieldChoice.Custom(150.00m), choices["RatePerNight"]);
        Assert.Equal(FieldChoice.Custom(new DateOnly(2030, 12, 4)), choices["CheckOut"]);
    }

    [Fact]
    public async Task A_date_that_does_not_parse_is_named_and_what_was_typed_stays()
    {
        using var german = new InGerman();
        var result = await OpenAsync();

        Type("Abreise", "20.01.2030x");
        Press("Speichern");

        _provider!.WaitForAssertion(() => Assert.Contains("Abreise: „20.01.2030x“ ist für dieses Feld kein gültiger Wert.",
            _provider!.Find("[role=dialog] [role=alert]").TextContent));
        Assert.Equal("20.01.2030x", Field("Abreise").QuerySelector("input:not([type=radio])")!.GetAttribute("value"));
        Assert.False(result.IsCompleted);
    }
}
