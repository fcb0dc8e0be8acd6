using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Rooms;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>What the merge dialog gets for a booking: the conflicting fields, who saved theirs and when, the total preview.</summary>
internal static class BookingConflicts
{
    /// <param name="fields">The fields to ask about: the merge's conflicts, or every changed field when the merged booking was refused.</param>
    public static async Task<MergeConflict> OfAsync(BookingDbContext db, BookingMerge merge, (string Name, DateTimeOffset At) who,
        IReadOnlyList<ConflictField> fields, CancellationToken cancellationToken) =>
        new(await NamedAsync(db, fields, cancellationToken), who.Name, who.At)
        {
            Preview = choices =>
            {
                // Asked by the dialog as the person chooses: in their language, the total in the hotel's currency.
                try { return merge.ToDraft(choices).Totals is { } totals ? string.Format(BookingTexts.GrandTotalPreview, totals.GrandTotal.ToString("C")) : null; }
                catch (ArgumentException) { return null; }
            },
        };

    /// <summary>The fields with their room and guest ids named as people know them ("Room 12", "Mia Müller").</summary>
    public static async Task<IReadOnlyList<ConflictField>> NamedAsync(BookingDbContext db, IReadOnlyList<ConflictField> fields,
        CancellationToken cancellationToken)
    {
        var roomIds = IdsIn(fields, nameof(BookingDraft.RoomId));
        var guestIds = IdsIn(fields, nameof(BookingDraft.GuestId));
        var rooms = roomIds.Count == 0 ? null : (await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToListAsync(cancellationToken))
            .ToDictionary(r => (object)r.Id, r => RoomLabel.Of(r.Number, r.Name));
        var guests = guestIds.Count == 0 ? null : (await db.Guests.AsNoTracking().Where(g => guestIds.Contains(g.Id)).ToListAsync(cancellationToken))
            .ToDictionary(g => (object)g.Id, g => g.FullName);
        return fields.Select(f => f.Key.IsRecordField ? f.Key.Field switch
        {
            nameof(BookingDraft.RoomId) => f with { ValueNames = rooms },
            nameof(BookingDraft.GuestId) => f with { ValueNames = guests },
            _ => f,
        } : f).ToList();
    }

    /// <summary>Who saved the booking or one of its lines last, and when, as a name people know.</summary>
    public static async Task<(string Name, DateTimeOffset At)> LastChangedByAsync(BookingDbContext db, Booking booking, CancellationToken cancellationToken)
    {
        var latest = new Entity[] { booking }.Concat(booking.Services).Concat(booking.Discounts).Concat(booking.Reminders).MaxBy(e => e.UpdatedAt)!;
        var names = await StaffNames.LookupAsync(db, [latest.UpdatedBy], cancellationToken);
        return (names.NameOf(latest.UpdatedBy), latest.UpdatedAt);
    }

    public static string Sentence(SaveResult.Invalid invalid) =>
        invalid.FieldErrors is { Count: 1 } ? invalid.FieldErrors.Values.Single() : invalid.Message;

    private static List<int> IdsIn(IReadOnlyList<ConflictField> fields, string field) =>
        fields.Where(f => f.Key == new MergeKey(field)).SelectMany(f => new[] { f.Original, f.Theirs, f.Mine }).OfType<int>().Distinct().ToList();
}
