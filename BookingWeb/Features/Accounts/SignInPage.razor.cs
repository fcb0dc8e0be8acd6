using BookingWeb.Texts;
using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Accounts;

public partial class SignInPage
{
    private string? _error;

    [Inject] private SignInManager<StaffUser> SignIn { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private ILogger<SignInPage> Logger { get; set; } = null!;

    [SupplyParameterFromForm] private SignInInput? Input { get; set; }
    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }
    [SupplyParameterFromQuery] private bool SignedOut { get; set; }
    [SupplyParameterFromQuery] private bool PasswordChanged { get; set; }

    protected override void OnInitialized() => Input ??= new SignInInput();

    private async Task SignInAsync()
    {
        if (Input is null) return;
        var email = Input.Email.Trim();
        var result = await SignIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Logger.LogInformation("User {UserId} signed in", (await SignIn.UserManager.FindByEmailAsync(email))?.Id);
            Navigation.NavigateTo(SafeReturnUrl(ReturnUrl));
            return;
        }
        Input.Password = "";
        // Locked and deactivated come only with the right password (StaffSignInManager); any other failure reads alike.
        _error = result.IsLockedOut
            ? AccountTexts.LockedOut
            : result.IsNotAllowed ? AccountTexts.Deactivated : AccountTexts.WrongCredentials;
    }

    private static readonly Uri ThisApp = new("http://this.app/");

    /// <summary>
    /// Only addresses inside this app, never another site, percent-encoded (a Location header holds ASCII only, so
    /// "/guests?q=Müller" becomes "/guests?q=M%C3%BCller"). Anything else, control characters included, leads to the start page.
    /// </summary>
    internal static string SafeReturnUrl(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//") || returnUrl.StartsWith("/\\")
            || returnUrl.Any(char.IsControl) || !Uri.TryCreate(ThisApp, returnUrl, out var target) || target.Authority != ThisApp.Authority)
            return "/";
        return target.PathAndQuery + target.Fragment;
    }
}
