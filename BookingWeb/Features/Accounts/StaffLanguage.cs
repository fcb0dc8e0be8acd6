using BookingWeb.Texts;
using System.Security.Claims;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.Live;

namespace BookingWeb.Features.Accounts;

/// <summary>
/// Each request, and so each page's circuit, runs in the language of whoever is signed in (stored with their account,
/// else the hotel's default); the sign-in page follows the browser. A person switches with a form post from the user
/// menu; their other open pages follow through <see cref="StaffAccountWatch"/>.
/// </summary>
internal static class StaffLanguage
{
    public const string SwitchPath = "/account/language";

    public static IApplicationBuilder UseStaffLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var cultures = context.RequestServices.GetRequiredService<StaffCultures>();
        StaffCultures.Use(cultures.For(await LanguageOfAsync(context)));
        await next(context);
    });

    private static async ValueTask<string?> LanguageOfAsync(HttpContext context)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            return await context.RequestServices.GetRequiredService<StaffAccountWatch>().LanguageOfAsync(userId, context.RequestAborted);
        return StaffCultures.FromBrowser(context.Request.GetTypedHeaders().AcceptLanguage);
    }

    public static IEndpointRouteBuilder MapStaffLanguage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SwitchPath, async (HttpContext context, UserManager<StaffUser> users, StaffAccountWatch accounts, ILoggerFactory loggers) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.Text(AccountTexts.LanguageNeedsForm,
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var language = form["language"].ToString();
            if (!Languages.IsSupported(language) || await users.GetUserAsync(context.User) is not { } user)
                return Results.BadRequest();
            user.Language = language;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
                return Results.Text(string.Join(" ", updated.Errors.Select(e => e.Description)), "text/plain; charset=utf-8", statusCode: 409);
            accounts.LanguageChosen(user.Id, language);
            loggers.CreateLogger(typeof(StaffLanguage)).LogInformation("User {UserId} reads BookingWeb in {Language} now", user.Id, language);
            var back = form["returnUrl"].ToString();
            return Results.LocalRedirect(back.StartsWith('/') && !back.StartsWith("//") && !back.StartsWith("/\\") ? back : "/");
        }).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}
