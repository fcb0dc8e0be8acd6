using System.Diagnostics;
using BookingWeb.Platform.Clock;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Platform.Data.DemoData;

/// <summary>
/// Fills an empty database with a believable small hotel: 30 rooms, 800 guests and 3,000 bookings from six
/// months back to six months ahead. The same on every machine (fixed seed, dates relative to today).
/// A database that already holds rooms or guests is left alone. The rooms are set up by the first of
/// <paramref name="staffIds"/> (the demo admin), guests and bookings by all of them in turn, so History and
/// the toasts name real colleagues; without staff they read as changed outside BookingWeb, which is true.
/// </summary>
public sealed class DemoDataSeeder(BookingDbContext db, ILogger logger, IReadOnlyList<string> staffIds, HotelClock clock)
{
    public const int GuestCount = 800;
    public const int BookingCount = 3000;
    private const int Seed = 20261122;
    private const int BatchSize = 500;

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Rooms.AnyAsync(cancellationToken) || await db.Guests.AnyAsync(cancellationToken))
        {
            logger.LogDebug("The database already holds data; no demo data seeded");
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var random = new Random(Seed);
        var today = clock.Today;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        // Nothing is modified after Add, so change detection would only cost time.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // One transaction: an interrupted seed leaves an empty database, which the next start seeds again.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            var rooms = DemoRooms.Create();
            await ActAsAsync(0, cancellationToken);
            db.AddRange(rooms);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var guests = DemoGuests.Create(random, GuestCount);
            await AddInBatchesAsync(guests, 0, cancellationToken);

            var bookings = new DemoBookingPlanner(random, today).Plan(rooms, guests, BookingCount);
            var extras = new DemoBookingExtras(random, today, clock);
            foreach (var booking in bookings) extras.AddTo(booking);
            var lastNumbers = DemoReservationNumbers.Assign(bookings, random, today, bookings.Min(b => b.CheckIn).AddDays(-21));

            await AddInBatchesAsync(bookings, 1, cancellationToken);
            await ContinueReservationCountersAsync(lastNumbers, cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            logger.LogInformation("Seeded the demo hotel: {Rooms} rooms, {Guests} guests, {Bookings} bookings in {ElapsedMs} ms",
                rooms.Count, guests.Count, bookings.Count, stopwatch.ElapsedMilliseconds);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task AddInBatchesAsync<T>(IReadOnlyList<T> entities, int firstStaff, CancellationToken cancellationToken)
        where T : class
    {
        var staff = firstStaff;
        foreach (var batch in entities.Chunk(BatchSize))
        {
            await ActAsAsync(staff++, cancellationToken);
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The whole seed is one transaction, and the session interceptor names the actor only when a transaction
    /// starts, so each batch sets the trigger's setting itself.
    /// </summary>
    private async Task ActAsAsync(int turn, CancellationToken cancellationToken)
    {
        var actor = staffIds.Count == 0 ? null : staffIds[turn % staffIds.Count];
        db.Actor = actor;
        await db.Database.ExecuteSqlAsync($"SELECT set_config('bookingweb.user', {actor ?? ""}, true)", cancellationToken);
    }

    /// <summary>Bookings made later get numbers after the seeded ones (next_reservation_number reads these counters).</summary>
    private async Task ContinueReservationCountersAsync(Dictionary<int, int> lastNumbers, CancellationToken cancellationToken)
    {
        foreach (var (year, lastNumber) in lastNumbers)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO reservation_counters (year, last_number) VALUES ({year}, {lastNumber})
                ON CONFLICT (year) DO UPDATE SET last_number = GREATEST(reservation_counters.last_number, EXCLUDED.last_number)
                """, cancellationToken);
        }
    }
}
