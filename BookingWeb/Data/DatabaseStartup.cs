using BookingWeb.Data.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BookingWeb.Data;

/// <summary>Brings the database up to date when the app starts, and seeds the demo hotel in Development.</summary>
public sealed class DatabaseStartup(
    IDbContextFactory<BookingDbContext> contextFactory,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.Value.MigrateOnStart)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (environment.IsDevelopment() && options.Value.SeedDemoData)
            await new DemoDataSeeder(db, logger).SeedIfEmptyAsync(cancellationToken);
    }
}
