using BookingWeb.Platform.Data;
using BookingWeb.Platform.Identity;
using Microsoft.Extensions.Configuration.Json;

namespace BookingWeb;

/// <summary>What happens before the app serves anyone: its settings file is found, the database migrated and seeded.</summary>
public static class BookingWebStartup
{
    /// <summary>Migrates, seeds (Development) and makes sure someone can sign in, one instance at a time.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)!;
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
    public static void UseRepositoryAppSettings(WebApplicationBuilder builder)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(path) || File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
            return;
        var source = new JsonConfigurationSource { Path = path, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, source);
    }
}
