using System.Runtime.CompilerServices;
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

    /// <summary>Guests for a picker, "Last, First · email", best known names first.</summary>
    public async Task<IReadOnlyList<GuestOption>> SearchAsync(string? text, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await CreateDbContextAsync(cancellationToken);
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
        await using var db = await CreateDbContextAsync(cancellationToken);
        var g = await db.Guests.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email }).FirstOrDefaultAsync(cancellationToken);
        return g is null ? null : new GuestOption(g.Id, OptionText(g.FirstName, g.LastName, g.Email));
    }

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
