using System.ComponentModel.DataAnnotations;
using BookingWeb.Texts;
using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Accounts;

public sealed class SignInInput
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EnterEmail))]
    [EmailAddress(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.NotAnEmail))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EnterPassword))]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}
