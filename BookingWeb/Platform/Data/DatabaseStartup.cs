using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace BookingWeb.Platform.Data;

/// <summary>Brings the database up to date when the app starts, and seeds the demo hotel in Development.</summary>
public sealed class DatabaseStartup(
    IDbContextFactory<BookingDbContext> contextFactory,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    HotelClock clock,
    ILogger<DatabaseStartup> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.MigrateOnStart) return;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = await PendingMigrationsAsync(db, cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>In Development, fills an empty database with the demo hotel, made by <paramref name="staffIds"/>.</summary>
    public async Task SeedDemoHotelAsync(IReadOnlyList<string> staffIds, CancellationToken cancellationToken = default)
    {
        if (!environment.IsDevelopment() || !options.Value.SeedDemoData) return;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await new DemoDataSeeder(db, logger, staffIds, clock).SeedIfEmptyAsync(cancellationToken);
    }

    /// <summary>
    /// On an empty database the history table does not exist yet, and EF (asking for it before and during the
    /// migration) would log each try as a failed query. Creating it first, idempotently, keeps the first start quiet.
    /// </summary>
    private static async Task<List<string>> PendingMigrationsAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
