using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Accounts;

internal static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a form post with the anti-forgery token Blazor puts in the form, never a link. The antiforgery
    /// middleware checks the token (the endpoint requires it); a post without one, or without a form at all, gets 400.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", async (HttpContext context, SignInManager<StaffUser> signIn, ILoggerFactory loggers) =>
        {
            // With a body of its own: re-executing the status page would read the refused form again.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.Text("Sign-out needs the form of a BookingWeb page. Reload the page, then sign out again.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var userId = signIn.UserManager.GetUserId(context.User);
            await signIn.SignOutAsync();
            loggers.CreateLogger(typeof(AccountEndpoints)).LogInformation("User {UserId} signed out", userId);
            return Results.LocalRedirect($"{AccountsSetup.SignInPath}?signedOut=true");
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());
        endpoints.MapStaffLanguage();
        return endpoints;
    }
}
