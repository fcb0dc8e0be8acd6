using System.Security.Claims;

namespace BookingWeb.Platform.Hosting;

internal static class RequestLogScope
{
    /// <summary>Every log line of a request names the signed-in user's id (ids only: no names or e-mails in logs).</summary>
    public static IApplicationBuilder UseUserLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("BookingWeb.Requests");
        return app.Use(async (context, next) =>
        {
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is null)
            {
                await next(context);
                return;
            }
            using (logger.BeginScope(new Dictionary<string, object?> { ["UserId"] = userId }))
                await next(context);
        });
    }
}
