using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.Live;

namespace BookingWeb.Features.Accounts;

/// <summary>How staff sign in: Identity, the cookie, the sign-in rate limit, and who may open what.</summary>
public static class AccountsSetup
{
    public const string SignInPath = "/account/signin";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = SignInRateLimit.FailuresBeforeLockout;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<BookingDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // Every request checks the security stamp, so a deactivated user's next request is refused.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "BookingWeb.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/signout";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            // Except the transport requests of an open circuit's connection (long polling sends one every few seconds
            // per page): StaffAuthenticationStateProvider follows that circuit's user without querying per request.
            options.Events.OnValidatePrincipal = context =>
                IsOpenCircuitTransport(context.Request) ? Task.CompletedTask : SecurityStampValidator.ValidatePrincipalAsync(context);
            // The sign-in page sends the person on (SignInPage.SafeReturnUrl); the cookie handler's own redirect to the
            // raw ?ReturnUrl= would put non-ASCII characters into the Location header, which fails the whole response.
            options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            // A signed-in user without the role gets 403 and the "not authorised" page, not a redirect loop.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Secure whenever the request is HTTPS, directly or through a trusted proxy's X-Forwarded-Proto. "Always"
        // would break a plain-HTTP first start (docker compose on localhost): antiforgery refuses to run then.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddSignInRateLimit();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddSingleton<StaffAccountWatch>();
        services.AddHostedService(provider => provider.GetRequiredService<StaffAccountWatch>());
        services.AddScoped<AuthenticationStateProvider, StaffAuthenticationStateProvider>();
        services.AddScoped<StaffSession>();
        services.AddScoped<CircuitHandler, StaffCircuitHandler>();
        services.AddScoped<AccountsBootstrap>();
        return services;
    }

    /// <summary>
    /// A long-polling request on an open Blazor connection: it carries the one id a negotiate handed out. Every request
    /// that opens a connection is checked like any other: negotiating, a WebSocket or server-sent events, and one
    /// without an id (an empty or repeated one included: SignalR then opens a new connection).
    /// </summary>
    private static bool IsOpenCircuitTransport(HttpRequest request) =>
        request.Path.StartsWithSegments("/_blazor", out var rest) && !rest.StartsWithSegments("/negotiate")
        && request.Query["id"] is [{ Length: > 0 } id] && !string.IsNullOrWhiteSpace(id)
        && !request.HttpContext.WebSockets.IsWebSocketRequest
        && !request.Headers.Accept.Any(accept => accept?.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase) == true);
}
