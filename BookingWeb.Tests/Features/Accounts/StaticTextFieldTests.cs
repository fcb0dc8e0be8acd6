using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>
/// The static sign-in form's fields: labelled inputs that post by their bound name (no circuit binds them), with the
/// server's validation message under the field.
/// </summary>
public class StaticTextFieldTests : ComponentTestContext
{
    [Fact]
    public void Each_label_points_at_an_input_that_posts_under_the_bound_name()
    {
        var form = Render<SignInFieldHost>();

        var email = form.InputLabelled("E-mail");
        Assert.Equal(("Input.Email", "email", "username"), (email.GetAttribute("name"), email.GetAttribute("type"), email.GetAttribute("autocomplete")));
        Assert.Equal(("Input.Password", "password"), (form.InputLabelled("Password").GetAttribute("name"), form.InputLabelled("Password").GetAttribute("type")));
    }

    [Fact]
    public void Posting_empty_fields_shows_what_is_missing_under_each_and_nothing_is_submitted()
    {
        var form = Render<SignInFieldHost>();

        form.Find("form").Submit();

        Assert.Equal(["Enter your e-mail address.", "Enter your password."], form.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.Text()));
        Assert.False(form.Instance.Submitted);
    }

    [Fact]
    public void A_field_filled_in_properly_shows_no_message()
    {
        var form = Render<SignInFieldHost>();
        form.InputLabelled("E-mail").Change("ada@hotel.example");
        form.InputLabelled("Password").Change("Secret-2026");

        form.Find("form").Submit();

        Assert.Empty(form.FindAll(".mud-input-error"));
        Assert.True(form.Instance.Submitted);
    }
}
