using BookingWeb.Texts;
using BookingWeb.Platform.Localization;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Accounts;

/// <summary>
/// How fast anyone may guess passwords. Each client address (behind a trusted proxy: the address it forwards) may post
/// the sign-in form <see cref="AccountsOptions.SignInAttemptsPerClient"/> times (10) per
/// <see cref="AccountsOptions.SignInWindowMinutes"/> (15, a sliding window); then 429 until the window has moved on.
/// An account locks (5 minutes) only after <see cref="FailuresBeforeLockout"/> wrong passwords in a row, twice what one
/// address may try per window: a single guesser needs two windows, 30 minutes, to lock an account once, so can hold it
/// locked for at most 5 minutes in 35, and the person's own sign-in in between starts the count again. The lockout is
/// there against guessing from many addresses, which the per-address limit cannot stop.
/// </summary>
public static class SignInRateLimit
{
    public const int FailuresBeforeLockout = 20;

    internal static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccountsOptions>>((limiter, accounts) => Configure(limiter, accounts.Value));
        return services;
    }

    private static void Configure(RateLimiterOptions limiter, AccountsOptions accounts)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context.Request)
            ? RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(context), _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = accounts.SignInAttemptsPerClient,
                Window = TimeSpan.FromMinutes(accounts.SignInWindowMinutes),
                SegmentsPerWindow = 3,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? retryAfter
                : TimeSpan.FromMinutes(accounts.SignInWindowMinutes);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit))
                .LogWarning("Sign-in attempts from {ClientAddress} are over the limit of {Attempts} per {Minutes} minutes",
                    ClientAddress(context), accounts.SignInAttemptsPerClient, accounts.SignInWindowMinutes);
            // A body of its own: re-executing the status page would run that post's (maybe missing) anti-forgery check.
            context.Response.ContentType = "text/plain; charset=utf-8";
            // Before the language middleware: in the browser's language, as the sign-in page itself.
            var culture = context.RequestServices.GetRequiredService<StaffCultures>()
                .For(StaffCultures.FromBrowser(context.Request.GetTypedHeaders().AcceptLanguage));
            await context.Response.WriteAsync(AccountTexts.ResourceManager.GetString(nameof(AccountTexts.TooManySignIns), culture)!, cancellationToken);
        };
    }

    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(AccountsSetup.SignInPath, StringComparison.OrdinalIgnoreCase);

    internal static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
