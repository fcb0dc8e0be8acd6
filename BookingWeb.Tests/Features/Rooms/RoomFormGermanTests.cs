using System.Globalization;
using AngleSharp.Dom;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;
using BookingWeb.Platform.Localization;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingWeb.Tests.Features.Rooms;

/// <summary>The room form for a German-speaking admin: German words, and numbers read and shown the German way.</summary>
public class RoomFormGermanTests : ComponentTestContext
{
    private readonly Room _room = new() { Id = 7, Number = "12", Type = RoomType.Double, MaxAdults = 2, BaseRate = 90, IsActive = true };
    private int _saves;

    private IRenderedComponent<RoomForm> RenderInGerman()
    {
        StaffCultures.Use(Languages.Culture(Languages.German, "€"));
        Services.AddSingleton<RoomRules>();
        Render<MudPopoverProvider>();
        return Render<RoomForm>(p => p.Add(f => f.Room, _room).Add(f => f.SavedActive, true).Add(f => f.OnSave, () => _saves++));
    }

    private static IElement Input(IRenderedComponent<RoomForm> form, string label)
    {
        var forId = form.FindAll("label").First(l => l.TextContent.Trim() == label).GetAttribute("for");
        return form.Find($"input[id='{forId}'], textarea[id='{forId}']");
    }

    // The message under the field (its accessible description is checked in the browser: GermanRoomPagesTests).
    private static string MessageAt(IRenderedComponent<RoomForm> form, string label)
    {
        var control = Input(form, label).Closest(".mud-input-control")!;
        return string.Join(" ", control.QuerySelectorAll(".mud-input-helper-text").Select(m => m.TextContent.Trim()).Where(t => t.Length > 0));
    }

    [Fact]
    public async Task Its_fields_and_buttons_speak_German_and_the_rate_shows_with_a_decimal_comma()
    {
        await Task.Yield(); // the culture set below stays in this test's flow
        var form = RenderInGerman();

        Assert.Equal("90,00", Input(form, "Grundpreis pro Nacht").GetAttribute("value"));
        Assert.Equal("Doppelzimmer", Input(form, "Typ").GetAttribute("value"));
        Assert.Equal("12", Input(form, "Zimmernummer").GetAttribute("value"));
        foreach (var button in new[] { "Speichern", "Abbrechen", "Deaktivieren", "Löschen" })
            Assert.Contains(form.FindAll("button"), b => b.TextContent.Trim() == button);
        Assert.Contains(form.FindAll("label"), l => l.TextContent.Trim() == "Aktiv (buchbar)");
    }

    [Theory]
    [InlineData("150,00", 150.00)]
    [InlineData("1.234,50", 1234.50)]
    [InlineData("89,9", 89.90)]
    public async Task A_rate_typed_the_German_way_is_read_as_written(string typed, double expected)
    {
        await Task.Yield();
        var form = RenderInGerman();

        Input(form, "Grundpreis pro Nacht").Change(typed);

        form.WaitForAssertion(() => Assert.Equal((decimal)expected, _room.BaseRate));
        Assert.Equal("", MessageAt(form, "Grundpreis pro Nacht"));
        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Equal(1, _saves));
    }

    [Fact]
    public async Task Capacities_are_read_in_German_too()
    {
        await Task.Yield();
        var form = RenderInGerman();

        Input(form, "Max. Erwachsene").Change("3");
        Input(form, "Max. Kinder").Change("1");

        form.WaitForAssertion(() => Assert.Equal((3, 1), (_room.MaxAdults, _room.MaxChildren)));
    }

    [Theory]
    [InlineData("Grundpreis pro Nacht", "150,00x", "Geben Sie eine Zahl wie 1.234,50 ein.")]
    [InlineData("Grundpreis pro Nacht", "150.00", "Geben Sie eine Zahl wie 1.234,50 ein.")] // not 15000: the dot groups thousands
    [InlineData("Max. Erwachsene", "2,5", "Geben Sie eine ganze Zahl wie 2 ein.")]
    public async Task A_number_not_written_the_German_way_is_said_at_the_field_kept_as_typed_and_not_saved(string label, string typed, string message)
    {
        await Task.Yield();
        var form = RenderInGerman();

        Input(form, label).Change(typed);

        form.WaitForAssertion(() => Assert.Equal(message, MessageAt(form, label)));
        Assert.Equal(typed, Input(form, label).GetAttribute("value"));
        Assert.Equal((90m, 2), (_room.BaseRate, _room.MaxAdults));
        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Equal(message, MessageAt(form, label)));
        Assert.Equal(0, _saves);
    }
}
