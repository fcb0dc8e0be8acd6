using BookingWeb.Platform.Clock;
using BookingWeb.Components;
using BookingWeb.Platform.Data;
using BookingWeb.Features;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Platform.Hosting;
using BookingWeb.Platform.Localization;
using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Configuration.Json;
using MudBlazor;
using MudBlazor.Services;

namespace BookingWeb;

/// <summary>The composition root, callable from Program and from the tests (which host the app on a loopback port).</summary>
public static class BookingWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        UseRepositoryAppSettings(builder);
        configure?.Invoke(builder);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = FieldLimits.CircuitMessageBytes);
        // Toasts bottom right: at the top they covered the booking editor's price panel.
        builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        builder.Services.AddHotelClock(builder.Configuration);
        builder.Services.AddSingleton<StaffCultures>();
        builder.Services.AddTransient<MudLocalizer, MudTexts>();
        builder.Services.AddData<StaffDbContextFactory>(builder.Configuration);
        builder.Services.AddAccounts(builder.Configuration);
        builder.Services.AddFeatures(builder.Configuration);
        builder.Services.AddHosting(builder.Configuration, builder.Environment);
        builder.Services.AddRealtime(builder.Configuration);
        if (builder.Environment.IsProduction())
            builder.Logging.AddJsonConsole(options => (options.IncludeScopes, options.UseUtcTimestamp) = (true, true));

        var app = builder.Build();
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
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

    /// <summary>Migrates, seeds (Development) and makes sure someone can sign in, one instance at a time.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)!;
        await using var startupLock = await StartupLock.AcquireAsync(connectionString, services.GetRequiredService<ILogger<DatabaseStartup>>());
        var database = scope.ServiceProvider.GetRequiredService<DatabaseStartup>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsBootstrap>();
        await database.MigrateAsync();
        await accounts.RunAsync();
        // After the accounts, so the demo hotel's history names the demo staff.
        await database.SeedDemoHotelAsync(await accounts.DemoAccountIdsAsync());
    }

    /// <summary>
    /// The one appsettings.json lives at the repository root and is copied next to the app's assembly.
    /// <c>dotnet run</c> uses the project folder as content root, where it is absent, so we load the copy
    /// as the lowest-priority source: environment variables and the command line still win.
    /// </summary>
    private static void UseRepositoryAppSettings(WebApplicationBuilder builder)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(path) || File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
            return;
        var source = new JsonConfigurationSource { Path = path, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, source);
    }
}
