using BookingWeb.Components;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Hosting;

namespace BookingWeb;

/// <summary>The composition root, callable from Program and from the tests (which host the app on a loopback port).</summary>
public static class BookingWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        BookingWebStartup.UseRepositoryAppSettings(builder);
        configure?.Invoke(builder);
        builder.Services.AddBookingWeb(builder.Configuration, builder.Environment);

        var app = builder.Build();
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            // Health probes come from inside the container or the load balancer over plain HTTP.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseDatabaseUnavailablePage();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseStaffLanguage();
        app.UseUserLogScope();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapBookingWebHealth();
        return app;
    }
}
