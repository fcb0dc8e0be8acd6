using AngleSharp.Dom;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>The merge dialog: what it shows for each clash, and the choices it hands back.</summary>
public class MergeDialogTests : ComponentTestContext
{
    private static readonly DateTimeOffset SavedAt = new(2027, 5, 1, 14, 2, 0, TimeSpan.Zero);
    private static readonly MergeKey BreakfastLine = MergeKey.OfLine("Services", LineKey.Row(12));

    private static MergeConflict Conflict(Func<IReadOnlyDictionary<MergeKey, FieldChoice>, string?>? preview = null) => new(
    [
        new ConflictField("Email", "E-mail", typeof(string), "lotte@old.example", "lotte@admin.example", "lotte@desk.example"),
        new ConflictField("CheckOut", "Check-out", typeof(DateOnly), new DateOnly(2027, 5, 6), new DateOnly(2027, 5, 7), new DateOnly(2027, 5, 8)),
        new ConflictField(BreakfastLine, "Service: Breakfast", null, "Breakfast × 2", "Breakfast × 3", "(removed)"),
    ], "Anna", SavedAt) { Preview = preview };

    private IRenderedComponent<MudDialogProvider>? _provider;

    private async Task<Task<IReadOnlyDictionary<MergeKey, FieldChoice>?>> OpenAsync(MergeConflict conflict)
    {
        _provider ??= Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<IReadOnlyDictionary<MergeKey, FieldChoice>?>? result = null;
        await _provider!.InvokeAsync(() => { result = MergeDialog.OpenAsync(dialogs, conflict); });
        _provider!.WaitForAssertion(() => Assert.Single(_provider!.FindAll("[role=dialog]")));
        return result!;
    }

    private IElement Field(string label) =>
        _provider!.FindAll("fieldset").Single(f => f.QuerySelector("legend")!.TextContent.Trim() == label);

    private void Pick(string field, string option) =>
        Field(field).QuerySelectorAll("label").Single(l => l.TextContent.Trim() == option).QuerySelector("input")!.Click();

    private void Press(string button) =>
        _provider!.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();

    [Fact]
    public async Task Each_clash_shows_the_original_their_value_with_who_and_when_and_mine()
    {
        await OpenAsync(Conflict());

        var email = Field("E-mail");
        Assert.Equal(["lotte@old.example", "lotte@admin.example", "lotte@desk.example"], email.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()));
        Assert.Contains($"Theirs (Anna at {TestHotel.Clock().AtHotel(SavedAt):HH:mm})", email.TextContent);
        Assert.Contains("Anna", _provider!.Find("[role=dialog]").TextContent);
        Assert.Equal(["(removed)"], Field("Service: Breakfast").QuerySelectorAll("dd").Skip(2).Select(d => d.TextContent.Trim()));
    }

    [Fact]
    public async Task Saving_at_once_keeps_mine_everywhere()
    {
        var result = await OpenAsync(Conflict());

        Press("Save");

        var choices = await result.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(choices);
        Assert.All([(MergeKey)"Email", "CheckOut", BreakfastLine], key => Assert.Equal(FieldChoice.Mine, choices[key]));
    }

    [Fact]
    public async Task Theirs_for_one_field_and_a_typed_value_for_another_come_back_as_picked()
    {
        var result = await OpenAsync(Conflict());

        Pick("E-mail", "Take theirs");
        Field("Check-out").QuerySelector("input:not([type=radio])")!.Input("2027-05-09");
        Press("Save");

        var choices = (await result.WaitAsync(TimeSpan.FromSeconds(5)))!;
        Assert.Equal(FieldChoice.Theirs, choices["Email"]);
        Assert.Equal(FieldChoice.Custom(new DateOnly(2027, 5, 9)), choices["CheckOut"]);
        Assert.Equal(FieldChoice.Mine, choices[BreakfastLine]);
    }

    [Fact]
    public async Task Typing_a_value_selects_type_a_new_value_and_a_child_line_can_only_be_mine_or_theirs()
    {
        await OpenAsync(Conflict());

        Field("E-mail").QuerySelector("input:not([type=radio])")!.Input("lotte@both.example");

        _provider!.WaitForAssertion(() => Assert.True(Field("E-mail").QuerySelectorAll("label")
            .Single(l => l.TextContent.Trim() == "Type a new value").QuerySelector("input")!.HasAttribute("checked")));
        var line = Field("Service: Breakfast");
        Assert.Equal(["Keep mine", "Take theirs"], line.QuerySelectorAll("label").Select(l => l.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.Null(line.QuerySelector("input:not([type=radio])"));
    }

    [Fact]
    public async Task Take_all_theirs_and_keep_all_mine_set_every_field_and_child_line()
    {
        var result = await OpenAsync(Conflict());

        Press("Take all theirs");
        Press("Save");

        var choices = (await result.WaitAsync(TimeSpan.FromSeconds(5)))!;
        Assert.All(choices.Values, choice => Assert.Equal(FieldChoice.Theirs, choice));
        Assert.Equal(3, choices.Count);

        var again = await OpenAsync(Conflict());
        Press("Take all theirs");
        Press("Keep all mine");
        Press("Save");
        Assert.All((await again.WaitAsync(TimeSpan.FromSeconds(5)))!.Values, choice => Assert.Equal(FieldChoice.Mine, choice));
    }

    [Fact]
    public async Task A_value_the_field_cannot_take_is_named_and_the_dialog_stays_open()
    {
        var result = await OpenAsync(Conflict());

        Field("Check-out").QuerySelector("input:not([type=radio])")!.Input("next friday");
        Press("Save");

        _provider!.WaitForAssertion(() => Assert.Contains("Check-out: “next friday” is not a value this field can take.",
            _provider!.Find("[role=dialog] [role=alert]").TextContent));
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task The_total_preview_follows_the_choices()
    {
        await OpenAsync(Conflict(choices => choices.GetValueOrDefault(BreakfastLine) == FieldChoice.Theirs ? "Total: 460.00" : "Total: 400.00"));

        Assert.Equal("Total: 400.00", _provider!.Find("[data-testid=merge-preview]").TextContent.Trim());
        Pick("Service: Breakfast", "Take theirs");

        _provider!.WaitForAssertion(() => Assert.Equal("Total: 460.00", _provider!.Find("[data-testid=merge-preview]").TextContent.Trim()));
    }

    [Fact]
    public async Task Not_now_closes_it_without_choices()
    {
        var result = await OpenAsync(Conflict());

        Press("Not now");

        Assert.Null(await result.WaitAsync(TimeSpan.FromSeconds(5)));
        _provider!.WaitForAssertion(() => Assert.Empty(_provider!.FindAll("[role=dialog]")));
    }
}
