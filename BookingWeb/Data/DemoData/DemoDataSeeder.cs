using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Data.DemoData;

public sealed class DemoDataSeeder(BookingDbContext db, ILogger logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Rooms.AnyAsync(cancellationToken)) return;
        logger.LogInformation("Seeding demo data");
        await Task.CompletedTask;
    }
}
