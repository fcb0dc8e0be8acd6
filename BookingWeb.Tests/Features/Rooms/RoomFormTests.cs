using AngleSharp.Dom;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingWeb.Tests.Features.Rooms;

/// <summary>The room form: a taken number is said at the field and stays until changed; the active button speaks of the saved state.</summary>
public class RoomFormTests : ComponentTestContext
{
    private readonly Room _room = new() { Id = 7, Number = "12", MaxAdults = 2, BaseRate = 90, IsActive = true };
    private int _saves;
    private IRenderedComponent<RoomForm> _form = default!;

    public override Task InitializeAsync()
    {
        Services.AddSingleton<RoomRules>();
        Render<MudPopoverProvider>();
        _form = Render<RoomForm>(p => p.Add(f => f.Room, _room).Add(f => f.SavedActive, true).Add(f => f.OnSave, () => _saves++));
        return Task.CompletedTask;
    }

    private IElement Input(string label)
    {
        var forId = _form.FindAll("label").First(l => l.TextContent.Trim() == label).GetAttribute("for");
        return _form.Find($"input[id='{forId}'], textarea[id='{forId}']");
    }

    private string MessageAt(string label)
    {
        var ids = Input(label).GetAttribute("aria-describedby")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return string.Join(" ", ids.Select(id => _form.FindAll($"[id='{id}']").SingleOrDefault()?.TextContent.Trim()).Where(t => !string.IsNullOrEmpty(t)));
    }

    [Theory]
    [InlineData("Max adults", "0", "Max adults must be between 1 and 20.")]
    [InlineData("Max children", "-1", "Max children must be between 0 and 20.")]
    [InlineData("Base rate per night", "-50", "The base rate cannot be negative.")]
    [InlineData("Base rate per night", "1000000000", "The base rate can be at most 99,999,999.99.")]
    public void A_number_outside_its_range_is_said_at_the_field_kept_and_not_saved(string label, string typed, string message)
    {
        Input(label).Change(typed);

        _form.WaitForAssertion(() => Assert.Equal(message, MessageAt(label)));
        Assert.StartsWith(typed, Input(label).GetAttribute("value"));
        _form.Find("form").Submit();
        _form.WaitForAssertion(() => Assert.Equal(message, MessageAt(label)));
        Assert.Equal(0, _saves);
    }

    [Fact]
    public async Task A_taken_number_is_said_at_the_field_keeps_the_typed_name_and_goes_when_the_number_changes()
    {
        Input("Name").Change("Garden view");

        await _form.InvokeAsync(() => _form.Instance.ShowErrorsAsync(
            new Dictionary<string, string> { [nameof(Room.Number)] = "Room number 12 is already taken." }));

        _form.WaitForAssertion(() => Assert.Equal("Room number 12 is already taken.", MessageAt("Room number")));
        Assert.Equal("Garden view", Input("Name").GetAttribute("value"));
        Input("Room number").Change("14");
        _form.WaitForAssertion(() => Assert.Equal("", MessageAt("Room number")));
        _form.Find("form").Submit();
        _form.WaitForAssertion(() => Assert.Equal(1, _saves));
    }

    [Fact]
    public void A_blank_number_is_not_saved()
    {
        Input("Room number").Change("  ");

        _form.Find("form").Submit();

        _form.WaitForAssertion(() => Assert.Equal("Room number is required.", MessageAt("Room number")));
        Assert.Equal(0, _saves);
    }

    [Fact]
    public void The_active_button_speaks_of_the_saved_state()
    {
        Assert.Contains(_form.FindAll("button"), b => b.TextContent.Trim() == "Deactivate");

        _form.Render(p => p.Add(f => f.SavedActive, false));

        Assert.Contains(_form.FindAll("button"), b => b.TextContent.Trim() == "Activate");
    }
}
