using BookingWeb.Components;
using BookingWeb.Data;
using BookingWeb.Features;
using BookingWeb.Realtime;
using Microsoft.Extensions.Configuration.Json;
using Radzen;

namespace BookingWeb;

/// <summary>The composition root, callable from Program and from the tests (which host the app on a loopback port).</summary>
public static class BookingWebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        UseRepositoryAppSettings(builder);
        configure?.Invoke(builder);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.Services.AddData(builder.Configuration);
        builder.Services.AddFeatures();
        builder.Services.AddRealtime(builder.Configuration);

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static async Task MigrateAndSeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
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
