using BookingWeb.Platform.Clock;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.History;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Features.Guests;

/// <summary>Reads and writes guests for the guest pages and the booking editor's guest picker.</summary>
public sealed class GuestService(IDbContextFactory<BookingDbContext> contextFactory, HotelClock clock, ILogger<GuestService> logger)
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

    public static string OptionText(string first, string last, string? email) =>
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

    // Built per save: its sentences name the fields in the language of whoever saves.
    private static RecordSaver Saver => new(GuestTexts.MergeNoun, new Dictionary<string, string>
    {
        [nameof(Guest.FirstName)] = GuestTexts.MergeFirstName, [nameof(Guest.LastName)] = GuestTexts.MergeLastName,
        [nameof(Guest.Email)] = GuestTexts.MergeEmail, [nameof(Guest.Phone)] = GuestTexts.MergePhone,
        [nameof(Guest.Street)] = GuestTexts.MergeStreet, [nameof(Guest.PostalCode)] = GuestTexts.MergePostalCode,
        [nameof(Guest.City)] = GuestTexts.MergeCity, [nameof(Guest.Country)] = GuestTexts.MergeCountry,
        [nameof(Guest.Notes)] = GuestTexts.MergeNotes,
    });

    /// <summary>Creates (Id 0) or updates a guest. On success the guest's Id is the saved one.</summary>
    /// <param name="original">The guest as the editor loaded it: a save that raced someone else's merges with theirs.</param>
    public async Task<SaveResult> SaveAsync(Guest input, Guest? original = null, CancellationToken cancellationToken = default)
    {
        GuestRules.Normalize(input);
        var errors = GuestRules.Validate(input);
        if (errors.Any) return errors.ToResult();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guest = input.Id == 0 ? db.Guests.Add(new Guest()).Entity
            : await db.Guests.FirstOrDefaultAsync(g => g.Id == input.Id, cancellationToken);
        if (guest is null)
            return original is null ? new SaveResult.NotFound(string.Format(GuestTexts.NoLongerExists, input.FullName))
                : await Deletions.MeanwhileAsync(db, clock, "guests", input.Id, input.FullName, cancellationToken);
        if (input.Id != 0)
        {
            // EF compares this with xmin: a save over someone else's newer change fails instead of overwriting it.
            db.Entry(guest).Property(g => g.Version).OriginalValue = input.Version;
        }
        GuestRules.CopyEditableFields(input, guest);
        return await SavedAsync(db, guest, input, db => original is null || input.Id == 0
            ? StaleAsync(db, input)
            : Saver.SaveAsync(db, db.Entry(guest), original, cancellationToken), cancellationToken);
    }

    /// <summary>Saves the user's choices for a conflict against the version the merge was made with.</summary>
    public async Task<SaveResult> ResolveAsync(Guest input, MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guest = await db.Guests.FirstOrDefaultAsync(g => g.Id == input.Id, cancellationToken);
        if (guest is null) return await Deletions.MeanwhileAsync(db, clock, "guests", input.Id, input.FullName, cancellationToken);
        return await SavedAsync(db, guest, input, db => Saver.ResolveAsync(db, db.Entry(guest), conflict, choices, cancellationToken), cancellationToken);
    }

    private static async Task<SaveResult> StaleAsync(BookingDbContext db, Guest input)
    {
        try
        {
            await db.SaveChangesAsync();
            return new SaveResult.Saved(0);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid(string.Format(GuestTexts.ChangedMeanwhile, input.FullName));
        }
    }

    private async Task<SaveResult> SavedAsync(BookingDbContext db, Guest guest, Guest input, Func<BookingDbContext, Task<SaveResult>> save,
        CancellationToken cancellationToken)
    {
        SaveResult result;
        try
        {
            result = await save(db);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && DatabaseErrors.Describe(ex) is { } sentence)
        {
            logger.LogWarning(ex, "Saving guest {GuestId} was refused by the database", input.Id);
            return new SaveResult.Invalid(sentence);
        }
        if (result is not (SaveResult.Saved or SaveResult.Merged)) return result;
        logger.LogInformation("Guest {GuestId} saved by {UserId}", guest.Id, db.Actor);
        GuestRules.CopyEditableFields(guest, input);
        (input.Id, input.Version) = (guest.Id, guest.Version);
        return result is SaveResult.Saved ? new SaveResult.Saved(guest.Id) : result;
    }

    public async Task<DeleteResult> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var guest = await db.Guests.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (guest is null) return new DeleteResult.NotFound(GuestTexts.DeleteNotFound);

        var bookings = await db.Bookings.CountAsync(b => b.GuestId == id, cancellationToken);
        if (bookings > 0) return HasBookings(guest, bookings);

        db.Guests.Remove(guest);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DeleteResult.Refused(string.Format(GuestTexts.DeleteRaced, guest.FullName));
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
        var bookings = count switch { null => GuestTexts.SomeBookings, 1 => GuestTexts.OneBooking, _ => string.Format(GuestTexts.ManyBookings, count) };
        return new DeleteResult.Refused(string.Format(GuestTexts.HasBookings, guest.FullName, bookings));
    }

    /// <summary>
    /// Every word must appear in the first name, last name, e-mail or phone ("mia müll" finds Mia Müller), asked in one
    /// statement whatever the number of words: the longest word narrows through the trigram indexes, then every word must
    /// appear in the guest's searched text (a word holds no space, so it cannot match across two fields).
    /// </summary>
    private static IQueryable<Guest> Matching(IQueryable<Guest> guests, string? text)
    {
        var search = SearchWords.Of(text);
        if (!search.Any) return guests;
        var longest = search.LongestPattern;
        var patterns = search.Patterns;
        return guests
            .Where(g => EF.Functions.ILike(SearchText.OfGuest(g.FirstName, g.LastName, g.Email, g.Phone), SearchText.Fold(longest)))
            .Where(g => patterns.All(p => EF.Functions.ILike(SearchText.OfGuest(g.FirstName, g.LastName, g.Email, g.Phone), SearchText.Fold(p))));
    }

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
