using BookingWeb.Data;
using BookingWeb.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Features.Guests;

/// <summary>Reads and writes guests for the guest pages and the booking editor's guest picker.</summary>
public sealed class GuestService(IDbContextFactory<BookingDbContext> contextFactory, ILogger<GuestService> logger)
{
    public async Task<GuestPage> GetPageAsync(GuestQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guests = Matching(db.Guests.AsNoTracking(), query.Search);
        var count = await guests.CountAsync(cancellationToken);
        var rows = await Sorted(guests, query.Sort, query.Descending)
            .Skip(query.Skip).Take(query.Take)
            .Select(g => new GuestRow(g.Id, g.FirstName, g.LastName, g.Email, g.Phone, g.City, g.Country))
            .ToListAsync(cancellationToken);
        return new GuestPage(rows, count);
    }

    /// <summary>Guests for a picker, "Last, First · email", best known names first.</summary>
    public async Task<IReadOnlyList<GuestOption>> SearchAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guests = await Sorted(Matching(db.Guests.AsNoTracking(), text), GuestSort.Name, descending: false)
            .Take(take)
            .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email })
            .ToListAsync(cancellationToken);
        return guests.Select(g => new GuestOption(g.Id, OptionText(g.FirstName, g.LastName, g.Email))).ToList();
    }

    private static string OptionText(string first, string last, string? email) =>
        string.IsNullOrWhiteSpace(email) ? $"{last}, {first}" : $"{last}, {first} · {email}";

    public async Task<GuestOption?> SearchByIdAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var g = await db.Guests.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email }).FirstOrDefaultAsync(cancellationToken);
        return g is null ? null : new GuestOption(g.Id, OptionText(g.FirstName, g.LastName, g.Email));
    }

    public async Task<Guest?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Guests.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
    }

    /// <summary>The guest's stays, newest first, with each booking's grand total.</summary>
    public async Task<IReadOnlyList<GuestBookingRow>> GetBookingHistoryAsync(int guestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking().AsSplitQuery()
            .Where(b => b.GuestId == guestId)
            .Include(b => b.Room).Include(b => b.Services).Include(b => b.Discounts)
            .OrderByDescending(b => b.CheckIn).ThenByDescending(b => b.Id)
            .ToListAsync(cancellationToken);
        return bookings.Select(b => new GuestBookingRow(b.Id, b.ReservationNumber, b.Room?.Number ?? "", b.CheckIn, b.CheckOut,
            b.Status, b.Totals.GrandTotal)).ToList();
    }

    /// <summary>Creates (Id 0) or updates a guest. On success the guest's Id is the saved one.</summary>
    public async Task<SaveResult> SaveAsync(Guest input, CancellationToken cancellationToken = default)
    {
        GuestRules.Normalize(input);
        var errors = GuestRules.Validate(input);
        if (errors.Any) return errors.ToResult();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guest = input.Id == 0 ? db.Guests.Add(new Guest()).Entity
            : await db.Guests.FirstOrDefaultAsync(g => g.Id == input.Id, cancellationToken);
        if (guest is null) return new SaveResult.NotFound($"{input.FullName} no longer exists; someone deleted this guest.");
        if (input.Id != 0)
        {
            // EF compares this with xmin: a save over someone else's newer change fails instead of overwriting it.
            db.Entry(guest).Property(g => g.Version).OriginalValue = input.Version;
        }
        GuestRules.CopyEditableFields(input, guest);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid(
                $"Someone else changed {input.FullName} while you were editing. Your changes are still here; reload the page to see theirs.");
        }
        catch (DbUpdateException ex) when (DatabaseErrors.Describe(ex) is { } sentence)
        {
            logger.LogWarning(ex, "Saving guest {GuestId} was refused by the database", input.Id);
            return new SaveResult.Invalid(sentence);
        }
        logger.LogInformation("Guest {GuestId} saved by {UserId}", guest.Id, db.Actor);
        input.Id = guest.Id;
        input.Version = guest.Version;
        return new SaveResult.Saved(guest.Id);
    }

    public async Task<DeleteResult> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guest = await db.Guests.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (guest is null) return new DeleteResult.NotFound("This guest no longer exists.");

        var bookings = await db.Bookings.CountAsync(b => b.GuestId == id, cancellationToken);
        if (bookings > 0) return HasBookings(guest, bookings);

        db.Guests.Remove(guest);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DeleteResult.Refused($"Someone else changed or deleted {guest.FullName} just now. Reload and try again.");
        }
        catch (DbUpdateException ex) when (DatabaseErrors.FindPostgresError(ex)?.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A booking arrived between our count and the delete; the foreign key kept the guest.
            return HasBookings(guest, null);
        }
        logger.LogInformation("Guest {GuestId} deleted by {UserId}", id, db.Actor);
        return new DeleteResult.Deleted();
    }

    private static DeleteResult.Refused HasBookings(Guest guest, int? count)
    {
        var bookings = count switch { null => "bookings", 1 => "1 booking", _ => $"{count} bookings" };
        return new DeleteResult.Refused(
            $"{guest.FullName} has {bookings} and cannot be deleted. A guest stays on file as long as a booking refers to them.");
    }

    /// <summary>Every word must appear in the first name, last name, e-mail or phone ("mia müll" finds Mia Müller).</summary>
    private static IQueryable<Guest> Matching(IQueryable<Guest> guests, string? search)
    {
        foreach (var word in (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pattern = $"%{EscapeLike(word)}%";
            guests = guests.Where(g => EF.Functions.ILike(g.FirstName, pattern, @"\")
                || EF.Functions.ILike(g.LastName, pattern, @"\")
                || EF.Functions.ILike(g.Email ?? "", pattern, @"\")
                || EF.Functions.ILike(g.Phone ?? "", pattern, @"\"));
        }
        return guests;
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private static IOrderedQueryable<Guest> Sorted(IQueryable<Guest> guests, GuestSort sort, bool descending)
    {
        var sorted = sort switch
        {
            GuestSort.Email => descending ? guests.OrderByDescending(g => g.Email) : guests.OrderBy(g => g.Email),
            GuestSort.Phone => descending ? guests.OrderByDescending(g => g.Phone) : guests.OrderBy(g => g.Phone),
            GuestSort.City => descending ? guests.OrderByDescending(g => g.City) : guests.OrderBy(g => g.City),
            GuestSort.Country => descending ? guests.OrderByDescending(g => g.Country) : guests.OrderBy(g => g.Country),
            _ => descending ? guests.OrderByDescending(g => g.LastName).ThenByDescending(g => g.FirstName)
                : guests.OrderBy(g => g.LastName).ThenBy(g => g.FirstName),
        };
        // The id keeps paging stable when many guests share a sort value.
        return sorted.ThenBy(g => g.Id);
    }
}
