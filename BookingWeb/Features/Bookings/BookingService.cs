using BookingWeb.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Features.Bookings;

/// <summary>Loads, saves, cancels and deletes bookings. A booking and its lines always save in one transaction.</summary>
public sealed class BookingService(IDbContextFactory<BookingDbContext> contextFactory, ILogger<BookingService> logger)
{
    private const string OverlapConstraint = "ex_bookings_room_overlap";

    public async Task<BookingDraft?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().AsSplitQuery()
            .Include(b => b.Services).Include(b => b.Discounts).Include(b => b.Reminders)
            .FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null) return null;
        var draft = BookingDraft.From(booking);
        var names = await StaffNames.LookupAsync(db, draft.Reminders.Select(r => r.DoneBy), cancellationToken);
        foreach (var reminder in draft.Reminders.Where(r => r.DoneBy is not null))
            reminder.DoneByName = names.NameOf(reminder.DoneBy);
        return draft;
    }

    public async Task<SaveResult> SaveAsync(BookingDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var room = draft.RoomId is { } roomId ? await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken) : null;
        var errors = BookingValidator.Validate(draft, room);
        if (draft.GuestId is { } guestId && !await db.Guests.AnyAsync(g => g.Id == guestId, cancellationToken))
            errors.Add(nameof(draft.GuestId), "That guest no longer exists. Choose another.");
        if (errors.Any) return errors.ToResult();

        if (!Booking.FreeingStatuses.Contains(draft.Status) &&
            await FindOverlapAsync(db, draft.Id, room!.Id, draft.CheckIn!.Value, draft.CheckOut!.Value, cancellationToken) is { } clash)
            return SaveResult.Refuse(nameof(draft.RoomId), OverlapSentence(room.Number, clash));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Booking? booking;
        if (draft.IsNew)
        {
            booking = new Booking { ReservationNumber = await NextReservationNumberAsync(db, cancellationToken) };
            db.Bookings.Add(booking);
        }
        else
        {
            booking = await db.Bookings.AsSplitQuery()
                .Include(b => b.Services).Include(b => b.Discounts).Include(b => b.Reminders)
                .FirstOrDefaultAsync(b => b.Id == draft.Id, cancellationToken);
            if (booking is null) return new SaveResult.NotFound("This booking was deleted by someone else while you were editing it.");
            db.Entry(booking).Property(b => b.Version).OriginalValue = draft.Version;
        }
        BookingDraftApplier.Apply(db, draft, booking);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Saved booking {BookingId} ({ReservationNumber})", booking.Id, booking.ReservationNumber);
            return new SaveResult.Saved(booking.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid(
                "Someone else saved this booking while you were editing it. Your changes are still on screen; open the booking again to see theirs.");
        }
        catch (DbUpdateException e) when (DatabaseErrors.FindPostgresError(e)?.ConstraintName == OverlapConstraint)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var other = await FindOverlapAsync(db, draft.Id, room!.Id, draft.CheckIn!.Value, draft.CheckOut!.Value, cancellationToken);
            return SaveResult.Refuse(nameof(draft.RoomId), other is null
                ? $"Room {room.Number} was just booked by someone else for some of these nights. Choose another room or dates."
                : OverlapSentence(room.Number, other));
        }
        catch (DbUpdateException e) when (DatabaseErrors.Describe(e) is { } sentence)
        {
            return new SaveResult.Invalid(sentence);
        }
    }

    public async Task<SaveResult> CancelAsync(int id, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null) return new SaveResult.NotFound("This booking no longer exists.");
        db.Entry(booking).Property(b => b.Version).OriginalValue = version;
        booking.Status = BookingStatus.Cancelled;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult.Saved(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid("Someone else changed this booking a moment ago. Open it again, then cancel.");
        }
    }

    public async Task<DeleteResult> DeleteAsync(int id, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stub = new Booking { Id = id, Version = version };
        db.Bookings.Attach(stub);
        db.Bookings.Remove(stub);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Deleted booking {BookingId}", id);
            return new DeleteResult.Deleted();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await db.Bookings.AnyAsync(b => b.Id == id, cancellationToken)
                ? new DeleteResult.Refused("Someone else changed this booking a moment ago. Open it again before deleting it.")
                : new DeleteResult.NotFound("This booking was already deleted.");
        }
    }

    private static async Task<string> NextReservationNumberAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        var year = DateTime.Today.Year;
        var numbers = await db.Database
            .SqlQuery<string>($"SELECT next_reservation_number({year}) AS \"Value\"")
            .ToListAsync(cancellationToken);
        return numbers.Single();
    }

    private static Task<Booking?> FindOverlapAsync(BookingDbContext db, int bookingId, int roomId, DateOnly checkIn, DateOnly checkOut,
        CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking()
            .Where(b => b.RoomId == roomId && b.Id != bookingId && !Booking.FreeingStatuses.Contains(b.Status)
                        && b.CheckIn < checkOut && checkIn < b.CheckOut)
            .OrderBy(b => b.CheckIn)
            .FirstOrDefaultAsync(cancellationToken);

    private static string OverlapSentence(string roomNumber, Booking other) =>
        $"Room {roomNumber} is already booked {StayText.Format(other.CheckIn, other.CheckOut)} ({other.ReservationNumber}).";
}
