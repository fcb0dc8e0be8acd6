using System.Net;
using BookingWeb.Platform.Localization;
using BookingWeb.Shared;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// A request that needs the database while it is down (every signed-in page load checks the sign-in against it) gets a
/// plain page saying so, with 503 and Retry-After, that loads itself again until the database answers: no 500, no
/// stack trace, and nothing for staff to do but wait.
/// </summary>
internal static class DatabaseUnavailablePage
{
    public const int RetryAfterSeconds = 5;

    /// <summary>In the browser's language: who is signed in cannot be known without the database.</summary>
    private static string Html(HttpContext context)
    {
        var cultures = context.RequestServices.GetRequiredService<StaffCultures>();
        StaffCultures.Use(cultures.For(StaffCultures.FromBrowser(context.Request.GetTypedHeaders().AcceptLanguage)));
        return $"""
        <!DOCTYPE html>
        <html lang="{StaffCultures.Current}">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <meta http-equiv="refresh" content="{RetryAfterSeconds}" />
            <title>{WebUtility.HtmlEncode(FailureSentences.DatabaseUnavailableTitle)} · BookingWeb</title>
        </head>
        <body style="font-family: Roboto, Helvetica, Arial, sans-serif; margin: 3rem auto; max-width: 40rem; padding: 0 1rem">
            <h1>{WebUtility.HtmlEncode(FailureSentences.DatabaseUnavailableTitle)}</h1>
            <p>{WebUtility.HtmlEncode(FailureSentences.DatabaseUnavailableText)}</p>
        </body>
        </html>
        """;
    }

    public static IApplicationBuilder UseDatabaseUnavailablePage(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailablePage).FullName!);
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted && DatabaseErrors.Unavailable(exception) is not null)
            {
                logger.LogWarning("Answered {Method} {Path} with 503: the database is unavailable ({Error})",
                    context.Request.Method, context.Request.Path, exception.Message);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers.CacheControl = "no-store";
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Html(context), context.RequestAborted);
            }
        });
    }
}
