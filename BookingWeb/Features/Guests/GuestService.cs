using System.Runtime.CompilerServices;
using Npgsql;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Guests;

/// <summary>Reads and writes guests for the guest pages and the booking editor's guest picker.</summary>
public sealed class GuestService(
    IDbContextFactory<BookingDbContext> contextFactory, GuestRules rules, StaffSession session, HotelClock clock, ILogger<GuestService> logger)
    : RecordStore<Guest>(contextFactory, rules, session, clock, logger)
{
    public async Task<GuestPage> GetPageAsync(GuestQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
        var guests = Matching(db.Guests.AsNoTracking(), query.Search);
        var count = await guests.CountAsync(cancellationToken);
        var rows = await Sorted(guests, query.Sort, query.Descending)
            .Skip(query.Skip).Take(query.Take)
            .Select(g => new GuestRow(g.Id, g.FirstName, g.LastName, g.Email, g.Phone, g.City, g.Country))
            .ToListAsync(cancellationToken);
        return new GuestPage(rows, count);
    }

    /// <summary>Every guest matching the query's search, in its order, a batch at a time (the CSV export); its paging is ignored.</summary>
    public async IAsyncEnumerable<IReadOnlyList<GuestRow>> AllAsync(GuestQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int batch = 1_000;
        await using var db = await CreateDbContextAsync(cancellationToken);
        var guests = Sorted(Matching(db.Guests.AsNoTracking(), query.Search), query.Sort, query.Descending);
        for (var skip = 0; ; skip += batch)
        {
            var rows = await guests.Skip(skip).Take(batch)
                .Select(g => new GuestRow(g.Id, g.FirstName, g.LastName, g.Email, g.Phone, g.City, g.Country))
                .ToListAsync(cancellationToken);
            if (rows.Count > 0) yield return rows;
            if (rows.Count < batch) yield break;
        }
    }

    /// <summary>Guests for a picker, "Last, First · email", best known names first; <paramref name="except"/> is never offered.</summary>
    public async Task<IReadOnlyList<GuestOption>> SearchAsync(string? text, int take = 20, int? except = null, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
        var guests = await Sorted(Matching(db.Guests.AsNoTracking().Where(g => except == null || g.Id != except), text), GuestSort.Name, descending: false)
            .Take(take)
            .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email })
            .ToListAsync(cancellationToken);
        return guests.Select(g => new GuestOption(g.Id, OptionText(g.FirstName, g.LastName, g.Email))).ToList();
    }

    public static string OptionText(string first, string last, string? email) =>
        string.IsNullOrWhiteSpace(email) ? $"{last}, {first}" : $"{last}, {first} · {email}";

    public async Task<GuestOption?> SearchByIdAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
        var g = await db.Guests.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email }).FirstOrDefaultAsync(cancellationToken);
        return g is null ? null : new GuestOption(g.Id, OptionText(g.FirstName, g.LastName, g.Email));
    }

    /// <summary>Guests already on file that the given new guest likely is (<see cref="GuestDuplicates"/>), by name.</summary>
    public async Task<IReadOnlyList<GuestOption>> FindDuplicatesAsync(Guest candidate, CancellationToken cancellationToken = default)
    {
        var email = GuestDuplicates.Email(candidate.Email);
        var phone = GuestDuplicates.Phone(candidate.Phone);
        if (email is null && phone is null) return [];
        await using var db = await CreateDbContextAsync(cancellationToken);
        // The database narrows by contact (few rows share one); the name is compared here, spacing folded the same way.
        var sameContact = await db.Guests.AsNoTracking()
            .Where(g => g.Id != candidate.Id)
            .Where(g => (email != null && g.Email != null && g.Email.Trim().ToLower() == email)
                || (phone != null && g.Phone != null && g.Phone.Replace(" ", "") == phone))
            .OrderBy(g => g.Id).Take(50)
            .ToListAsync(cancellationToken);
        return sameContact.Where(g => GuestDuplicates.IsLikely(candidate, g))
            .Select(g => new GuestOption(g.Id, OptionText(g.FirstName, g.LastName, g.Email))).ToList();
    }

    /// <summary>What merging the other guest into the kept one would do; null when either is gone or both are one.</summary>
    public async Task<GuestMergePlan?> PlanMergeAsync(int keepId, int otherId, CancellationToken cancellationToken = default)
    {
        if (keepId == otherId) return null;
        await using var db = await CreateDbContextAsync(cancellationToken);
        var guests = await db.Guests.AsNoTracking().Where(g => g.Id == keepId || g.Id == otherId).ToListAsync(cancellationToken);
        if (guests.FirstOrDefault(g => g.Id == keepId) is not { } keep || guests.FirstOrDefault(g => g.Id == otherId) is not { } other) return null;
        var moving = db.Bookings.Where(b => b.GuestId == otherId);
        var count = await moving.CountAsync(cancellationToken);
        var named = await moving.OrderBy(b => b.CheckIn).ThenBy(b => b.Id).Take(GuestMergePlan.Named)
            .Select(b => b.ReservationNumber).ToListAsync(cancellationToken);
        return new GuestMergePlan(keepId, keep.FullName, otherId, other.FullName, count, named);
    }

    /// <summary>
    /// Moves every booking of the other guest to the kept one and deletes the other, in one transaction: either all of it
    /// or nothing. The triggers audit and announce each booking's new guest and the delete like any change.
    /// </summary>
    public async Task<GuestMergeResult> MergeAsync(int keepId, int otherId, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var guests = await db.Guests.Where(g => g.Id == keepId || g.Id == otherId).ToListAsync(cancellationToken);
        if (keepId == otherId || guests.FirstOrDefault(g => g.Id == keepId) is not { } keep || guests.FirstOrDefault(g => g.Id == otherId) is not { } other)
            return new GuestMergeResult(false, GuestTexts.MergeGuestGone);
        var bookings = await db.Bookings.Where(b => b.GuestId == otherId).ToListAsync(cancellationToken);
        foreach (var booking in bookings) booking.GuestId = keepId;
        await db.SaveChangesAsync(cancellationToken);
        db.Guests.Remove(other);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.FindPostgresError(ex)?.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A booking for the other guest arrived meanwhile: nothing is merged, asking again takes it along.
            return new GuestMergeResult(false, GuestTexts.MergeGuestRaced);
        }
        await transaction.CommitAsync(cancellationToken);
        return new GuestMergeResult(true, string.Format(GuestTexts.MergeGuestDone, other.FullName, keep.FullName, Bookings(bookings.Count)));
    }

    /// <summary>"no bookings", "1 booking", "3 bookings".</summary>
    public static string Bookings(int count) => count switch
    {
        0 => GuestTexts.MergeNoBookings, 1 => GuestTexts.OneBooking, _ => string.Format(GuestTexts.ManyBookings, count),
    };

    /// <summary>The guest's stays, newest first, with each booking's grand total.</summary>
    public async Task<IReadOnlyList<GuestBookingRow>> GetBookingHistoryAsync(int guestId, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking().AsSplitQuery()
            .Where(b => b.GuestId == guestId)
            .Include(b => b.Room).Include(b => b.Services).Include(b => b.Discounts)
            .OrderByDescending(b => b.CheckIn).ThenByDescending(b => b.Id)
            .ToListAsync(cancellationToken);
        return bookings.Select(b => new GuestBookingRow(b.Id, b.ReservationNumber, b.Room?.Number ?? "", b.CheckIn, b.CheckOut,
            b.Status, b.Totals.GrandTotal)).ToList();
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
