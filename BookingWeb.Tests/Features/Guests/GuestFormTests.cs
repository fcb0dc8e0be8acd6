using AngleSharp.Dom;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Guests;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>The guest form's messages stand at their fields, and nothing typed is lost when a save is refused.</summary>
public class GuestFormTests : ComponentTestContext
{
    private readonly Guest _guest = new();
    private int _saves;
    private IRenderedComponent<GuestForm> _form = default!;

    public override Task InitializeAsync()
    {
        Services.AddSingleton<GuestRules>();
        _form = Render<GuestForm>(p => p.Add(f => f.Guest, _guest).Add(f => f.OnSave, () => _saves++));
        return Task.CompletedTask;
    }

    private IElement Input(string label)
    {
        var forId = _form.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return _form.Find($"input[id='{forId}'], textarea[id='{forId}']");
    }

    /// <summary>The text the field's input is described by: its message.</summary>
    private string MessageAt(string label)
    {
        var ids = Input(label).GetAttribute("aria-describedby")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return string.Join(" ", ids.Select(id => _form.FindAll($"[id='{id}']").SingleOrDefault()?.TextContent.Trim()).Where(t => !string.IsNullOrEmpty(t)));
    }

    private void Type(string label, string value) => Input(label).Change(value);

    [Fact]
    public void A_missing_first_name_is_said_at_the_field_and_nothing_is_saved_or_cleared()
    {
        Type("Last name", "Ohnevorname");
        Type("City", "Leipzig");

        _form.Find("form").Submit();

        _form.WaitForAssertion(() => Assert.Equal("First name is required.", MessageAt("First name")));
        Assert.Equal(0, _saves);
        Assert.Equal("", MessageAt("Last name"));
        Assert.Equal(("Ohnevorname", "Leipzig"), (Input("Last name").GetAttribute("value"), Input("City").GetAttribute("value")));
        Assert.Equal("true", Input("First name").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_complete_guest_is_handed_to_save()
    {
        Type("First name", "Henrike");
        Type("Last name", "Sommerfeld");

        _form.Find("form").Submit();

        _form.WaitForAssertion(() => Assert.Equal(1, _saves));
        Assert.Equal(("Henrike", "Sommerfeld"), (_guest.FirstName, _guest.LastName));
    }

    [Fact]
    public async Task A_refusal_from_the_service_stays_at_its_field_until_the_value_changes_and_keeps_what_was_typed()
    {
        Type("First name", "Lotte");
        Type("Last name", "Brandt");
        Type("E-mail", "lotte@taken.example");

        await _form.InvokeAsync(() => _form.Instance.ShowErrorsAsync(
            new Dictionary<string, string> { [nameof(Guest.Email)] = "Another guest has this e-mail address." }));

        _form.WaitForAssertion(() => Assert.Equal("Another guest has this e-mail address.", MessageAt("E-mail")));
        Assert.Equal("lotte@taken.example", Input("E-mail").GetAttribute("value"));
        Assert.Equal("Lotte", Input("First name").GetAttribute("value"));

        Type("E-mail", "lotte@free.example");

        _form.WaitForAssertion(() => Assert.Equal("", MessageAt("E-mail")));
    }

    [Fact]
    public void An_e_mail_without_a_domain_is_explained_while_typing()
    {
        Type("E-mail", "lotte");

        _form.WaitForAssertion(() => Assert.Equal("Enter an e-mail address like name@example.com.", MessageAt("E-mail")));
    }

    [Fact]
    public void A_name_longer_than_its_column_is_said_at_the_field_and_never_cut()
    {
        Type("First name", new string('a', 101));

        _form.WaitForAssertion(() => Assert.Equal("First name can be at most 100 characters; this is 101.", MessageAt("First name")));
        Assert.True(MarkupQueries.AcceptsAtLeast(Input("First name"), FieldLimits.LongestText + 1));
        Assert.Equal(101, _guest.FirstName.Length);
    }
}
