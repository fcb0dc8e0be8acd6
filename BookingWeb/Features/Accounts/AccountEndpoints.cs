using BookingWeb.Data;
using Microsoft.AspNetCore.Identity;

namespace BookingWeb.Features.Accounts;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a form post (with the anti-forgery token Blazor puts in the form), never a link.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", async (HttpContext context, SignInManager<StaffUser> signIn, ILoggerFactory loggers) =>
        {
            await context.Request.ReadFormAsync(); // binds the form, so the anti-forgery check runs
            var userId = signIn.UserManager.GetUserId(context.User);
            await signIn.SignOutAsync();
            loggers.CreateLogger(typeof(AccountEndpoints)).LogInformation("User {UserId} signed out", userId);
            return Results.LocalRedirect($"{AccountsServiceCollectionExtensions.SignInPath}?signedOut=true");
        }).AllowAnonymous();
        return endpoints;
    }
}
