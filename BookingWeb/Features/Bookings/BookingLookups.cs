using BookingWeb.Data;
using BookingWeb.Shared;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Bookings;

public sealed record GuestOption(int Id, string Display);

public sealed record RoomChoice(int Id, string Number, string Display, decimal BaseRate, int MaxAdults, int MaxChildren, bool IsFree);

public sealed class NewGuest
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>What the booking editor's pickers offer: guests by search, and rooms free and big enough for a stay.</summary>
public sealed class BookingLookups(IDbContextFactory<BookingDbContext> contextFactory)
{
    public async Task<IReadOnlyList<GuestOption>> SearchGuestsAsync(string? text, int? includeId, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Guests.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim()}%";
            query = query.Where(g => EF.Functions.ILike(g.LastName, pattern) || EF.Functions.ILike(g.FirstName, pattern)
                                     || EF.Functions.ILike(g.LastName + ", " + g.FirstName, pattern)
                                     || EF.Functions.ILike(g.FirstName + " " + g.LastName, pattern)
                                     || (g.Email != null && EF.Functions.ILike(g.Email, pattern)));
        }
        var guests = await query.OrderBy(g => g.LastName).ThenBy(g => g.FirstName).Take(take)
            .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email }).ToListAsync(cancellationToken);
        var options = guests.Select(g => new GuestOption(g.Id, Display(g.FirstName, g.LastName, g.Email))).ToList();
        if (includeId is { } id && options.All(o => o.Id != id))
        {
            var current = await db.Guests.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new { g.FirstName, g.LastName, g.Email }).FirstOrDefaultAsync(cancellationToken);
            if (current is not null) options.Insert(0, new GuestOption(id, Display(current.FirstName, current.LastName, current.Email)));
        }
        return options;
    }

    public async Task<SaveResult> CreateGuestAsync(NewGuest guest, string? actor = null, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        errors.Require(guest.FirstName, nameof(guest.FirstName), "First name");
        errors.Require(guest.LastName, nameof(guest.LastName), "Last name");
        errors.MaxLength(guest.FirstName, 100, nameof(guest.FirstName), "First name");
        errors.MaxLength(guest.LastName, 100, nameof(guest.LastName), "Last name");
        if (!string.IsNullOrWhiteSpace(guest.Email) && !guest.Email.Contains('@'))
            errors.Add(nameof(guest.Email), "Enter an e-mail address like name@example.com.");
        if (errors.Any) return errors.ToResult();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = actor;
        var entity = new Guest
        {
            FirstName = guest.FirstName.Trim(), LastName = guest.LastName.Trim(),
            Email = string.IsNullOrWhiteSpace(guest.Email) ? null : guest.Email.Trim(),
            Phone = string.IsNullOrWhiteSpace(guest.Phone) ? null : guest.Phone.Trim(),
        };
        db.Guests.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult.Saved(entity.Id);
    }

    /// <summary>
    /// Active rooms that fit the party, each marked free or not for the stay (ignoring the booking being edited).
    /// The editor offers the free ones, and keeps showing the chosen one even when it is not free.
    /// </summary>
    public async Task<IReadOnlyList<RoomChoice>> GetRoomChoicesAsync(DateOnly? checkIn, DateOnly? checkOut, int adults, int children,
        int excludeBookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rooms = db.Rooms.AsNoTracking().Where(r => r.IsActive);
        var busyRoomIds = new HashSet<int>();
        if (checkIn is { } start && checkOut is { } end && end > start)
        {
            busyRoomIds = (await db.Bookings.AsNoTracking()
                .Where(b => b.Id != excludeBookingId && !Booking.FreeingStatuses.Contains(b.Status) && b.CheckIn < end && start < b.CheckOut)
                .Select(b => b.RoomId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        }
        var list = await rooms.OrderBy(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.Name, r.Type, r.BaseRate, r.MaxAdults, r.MaxChildren })
            .ToListAsync(cancellationToken);
        return list
            .Where(r => adults <= r.MaxAdults && children <= r.MaxChildren + r.MaxAdults - adults)
            .Select(r => new RoomChoice(r.Id, r.Number,
                $"{r.Number} · {(string.IsNullOrWhiteSpace(r.Name) ? r.Type.ToString() : r.Name)} · sleeps {r.MaxAdults}+{r.MaxChildren} · {r.BaseRate:0.00}/night",
                r.BaseRate, r.MaxAdults, r.MaxChildren, !busyRoomIds.Contains(r.Id)))
            .ToList();
    }

    public async Task<RoomChoice?> GetRoomAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var r = await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return r is null ? null : new RoomChoice(r.Id, r.Number, $"{r.Number} · {r.Name}", r.BaseRate, r.MaxAdults, r.MaxChildren, false);
    }

    private static string Display(string first, string last, string? email) =>
        string.IsNullOrWhiteSpace(email) ? $"{last}, {first}" : $"{last}, {first} · {email}";
}
