using AngleSharp.Dom;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Users;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using MudBlazor;

namespace BookingWeb.Tests.Features.Users;

/// <summary>The user form: what the service refused stands at its field, the rest of the input stays; e-mail is fixed once created.</summary>
public class UserFormTests : ComponentTestContext
{
    private IRenderedComponent<UserForm> RenderFor(StaffAccountDraft draft)
    {
        Render<MudPopoverProvider>();
        return Render<UserForm>(p => p.Add(f => f.Draft, draft));
    }

    private static IElement Input(IRenderedComponent<UserForm> form, string label)
    {
        var forId = form.FindAll("label").First(l => l.TextContent.Trim() == label).GetAttribute("for");
        return form.Find($"input[id='{forId}']");
    }

    private static string MessageAt(IRenderedComponent<UserForm> form, string label)
    {
        var ids = Input(form, label).GetAttribute("aria-describedby")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return string.Join(" ", ids.Select(id => form.FindAll($"[id='{id}']").SingleOrDefault()?.TextContent.Trim()).Where(t => !string.IsNullOrEmpty(t)));
    }

    [Fact]
    public void A_name_longer_than_its_column_is_said_as_it_is_typed_and_never_cut()
    {
        var draft = new StaffAccountDraft();
        var form = RenderFor(draft);

        Input(form, "Name").Change(new string('r', 101));

        form.WaitForAssertion(() => Assert.Equal("Name can be at most 100 characters; this is 101.", MessageAt(form, "Name")));
        Assert.True(MarkupQueries.AcceptsAtLeast(Input(form, "Name"), FieldLimits.LongestText + 1));
        Assert.Equal(101, draft.DisplayName.Length);
    }

    [Fact]
    public async Task A_weak_first_password_is_refused_at_its_field_and_the_name_and_e_mail_stay()
    {
        var form = RenderFor(new StaffAccountDraft());
        Input(form, "Name").Change("Rita Reception");
        Input(form, "E-mail (signs in with it)").Change("rita@demo.hotel");
        Input(form, "First password").Change("short");

        await form.InvokeAsync(() => form.Instance.ShowErrorsAsync(
            new Dictionary<string, string> { [nameof(StaffAccountDraft.Password)] = "Passwords must be at least 10 characters." }));

        form.WaitForAssertion(() => Assert.Equal("Passwords must be at least 10 characters.", MessageAt(form, "First password")));
        Assert.Equal(("Rita Reception", "rita@demo.hotel"),
            (Input(form, "Name").GetAttribute("value"), Input(form, "E-mail (signs in with it)").GetAttribute("value")));
        Input(form, "First password").Change("Longer-Password-2026");
        form.WaitForAssertion(() => Assert.StartsWith("At least 10 characters", MessageAt(form, "First password")));
    }

    [Fact]
    public void An_existing_account_s_e_mail_cannot_be_changed_and_it_asks_for_no_first_password()
    {
        var form = RenderFor(new StaffAccountDraft { Id = "u1", Email = "ben@demo.hotel", DisplayName = "Ben" });

        Assert.True(Input(form, "E-mail (signs in with it)").HasAttribute("disabled"));
        Assert.DoesNotContain(form.FindAll("label"), l => l.TextContent.Trim() == "First password");
    }
}
