using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>What a draft must pass before it is written: the validator, the guest still existing, and no overlapping stay.</summary>
internal static class BookingChecks
{
    private const string OverlapConstraint = "ex_bookings_room_overlap";

    /// <summary>The refusal to show, or null when the draft may be saved.</summary>
    public static async Task<SaveResult.Invalid?> RefusalAsync(BookingDbContext db, BookingDraft draft, CancellationToken cancellationToken)
    {
        var room = draft.RoomId is { } roomId ? await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken) : null;
        var errors = BookingValidator.Validate(draft, room);
        if (draft.GuestId is { } guestId && !await db.Guests.AnyAsync(g => g.Id == guestId, cancellationToken))
            errors.Add(nameof(draft.GuestId), BookingTexts.GuestGone);
        if (errors.Any) return errors.ToResult(BookingTexts.CorrectFields);

        if (!Booking.FreeingStatuses.Contains(draft.Status) &&
            await FindOverlapAsync(db, draft, room!.Id, cancellationToken) is { } clash)
            return SaveResult.Refuse(nameof(draft.RoomId), OverlapSentence(room.Number, clash));
        return null;
    }

    public static bool IsOverlap(DbUpdateException e) => DatabaseErrors.FindPostgresError(e)?.ConstraintName == OverlapConstraint;

    /// <summary>After the exclusion constraint refused the save: which booking took the nights, if it can be found.</summary>
    public static async Task<SaveResult> OverlapRefusalAsync(BookingDbContext db, BookingDraft draft, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.AsNoTracking().FirstAsync(r => r.Id == draft.RoomId, cancellationToken);
        var other = await FindOverlapAsync(db, draft, room.Id, cancellationToken);
        return SaveResult.Refuse(nameof(draft.RoomId), other is null
            ? string.Format(BookingTexts.RoomJustBooked, room.Number)
            : OverlapSentence(room.Number, other));
    }

    private static Task<Booking?> FindOverlapAsync(BookingDbContext db, BookingDraft draft, int roomId, CancellationToken cancellationToken)
    {
        var (checkIn, checkOut) = (draft.CheckIn!.Value, draft.CheckOut!.Value);
        return db.Bookings.AsNoTracking()
            .Where(b => b.RoomId == roomId && b.Id != draft.Id && !Booking.FreeingStatuses.Contains(b.Status)
                        && b.CheckIn < checkOut && checkIn < b.CheckOut)
            .OrderBy(b => b.CheckIn)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string OverlapSentence(string roomNumber, Booking other) =>
        string.Format(BookingTexts.RoomAlreadyBooked, roomNumber, StayText.Format(other.CheckIn, other.CheckOut), other.ReservationNumber);
}
