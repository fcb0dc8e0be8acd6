using BookingWeb.Platform.Clock;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.History;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Features.Rooms;

/// <summary>Reads and writes rooms for the room pages, and finds free rooms for the booking editor.</summary>
public sealed class RoomService(IDbContextFactory<BookingDbContext> contextFactory, StaffSession session, HotelClock clock, ILogger<RoomService> logger)
{
    public async Task<RoomPage> GetPageAsync(RoomQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rooms = query.Activity switch
        {
            RoomActivity.Active => db.Rooms.AsNoTracking().Where(r => r.IsActive),
            RoomActivity.Inactive => db.Rooms.AsNoTracking().Where(r => !r.IsActive),
            _ => db.Rooms.AsNoTracking(),
        };
        var count = await rooms.CountAsync(cancellationToken);
        var rows = await RoomSorting.Apply(rooms, query.Sort, query.Descending)
            .Skip(query.Skip).Take(query.Take)
            .Select(r => new RoomRow(r.Id, r.Number, r.Name, r.Type, r.MaxAdults, r.MaxChildren, r.BaseRate, r.IsActive))
            .ToListAsync(cancellationToken);
        return new RoomPage(rows, count);
    }

    public async Task<Room?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>
    /// Active rooms that fit the party and are free for every night from check-in to the night before check-out.
    /// A booking being edited (<paramref name="excludeBookingId"/>) does not block its own room.
    /// </summary>
    public async Task<IReadOnlyList<Room>> GetBookableRoomsAsync(DateOnly checkIn, DateOnly checkOut, int adults, int children,
        int? excludeBookingId = null, CancellationToken cancellationToken = default)
    {
        if (checkOut <= checkIn) return [];
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rooms = db.Rooms.AsNoTracking()
            .Where(r => r.IsActive && r.MaxAdults >= adults && r.MaxChildren >= children)
            .Where(r => !r.Bookings.Any(b => b.Id != excludeBookingId
                && !Booking.FreeingStatuses.Contains(b.Status)
                && b.CheckIn < checkOut && checkIn < b.CheckOut));
        return await RoomSorting.ByNumber(rooms).ToListAsync(cancellationToken);
    }

    // Built per save: its sentences name the fields in the language of whoever saves.
    private static RecordSaver Saver => new(RoomTexts.MergeNoun, new Dictionary<string, string>
    {
        [nameof(Room.Number)] = RoomTexts.MergeNumber, [nameof(Room.Name)] = RoomTexts.MergeName, [nameof(Room.Type)] = RoomTexts.MergeType,
        [nameof(Room.MaxAdults)] = RoomTexts.MergeMaxAdults, [nameof(Room.MaxChildren)] = RoomTexts.MergeMaxChildren,
        [nameof(Room.BaseRate)] = RoomTexts.MergeBaseRate, [nameof(Room.IsActive)] = RoomTexts.MergeActive, [nameof(Room.Notes)] = RoomTexts.MergeNotes,
    });

    /// <summary>Creates (Id 0) or updates a room. On success the room's Id is the saved one.</summary>
    /// <param name="original">The room as the editor loaded it: a save that raced someone else's merges with theirs.</param>
    public async Task<SaveResult> SaveAsync(Room input, Room? original = null, CancellationToken cancellationToken = default)
    {
        if (!session.Current.IsAdmin) return new SaveResult.Invalid(OnlyAdmins);
        RoomRules.Normalize(input);
        var errors = RoomRules.Validate(input);
        if (errors.Any) return errors.ToResult();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Rooms.AnyAsync(r => r.Number == input.Number && r.Id != input.Id, cancellationToken))
            return RoomRules.NumberTaken(input.Number);

        var room = input.Id == 0 ? db.Rooms.Add(new Room()).Entity
            : await db.Rooms.FirstOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
        if (room is null)
            return original is null ? new SaveResult.NotFound(string.Format(RoomTexts.NoLongerExists, input.Number))
                : await Deletions.MeanwhileAsync(db, clock, "rooms", input.Id, string.Format(RoomTexts.DeletedWhat, input.Number), cancellationToken);
        if (input.Id != 0)
            // EF compares this with xmin: a save over someone else's newer change fails instead of overwriting it.
            db.Entry(room).Property(r => r.Version).OriginalValue = input.Version;
        RoomRules.CopyEditableFields(input, room);
        return original is null || input.Id == 0
            ? await SaveChangesAsync(db, room, input, cancellationToken)
            : await SaveChangesAsync(db, room, input, cancellationToken, () => Saver.SaveAsync(db, db.Entry(room), original, cancellationToken));
    }

    /// <summary>Saves the user's choices for a conflict against the version the merge was made with.</summary>
    public async Task<SaveResult> ResolveAsync(Room input, MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices,
        CancellationToken cancellationToken = default)
    {
        if (!session.Current.IsAdmin) return new SaveResult.Invalid(OnlyAdmins);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
        if (room is null)
            return await Deletions.MeanwhileAsync(db, clock, "rooms", input.Id, string.Format(RoomTexts.DeletedWhat, input.Number), cancellationToken);
        return await SaveChangesAsync(db, room, input, cancellationToken,
            () => Saver.ResolveAsync(db, db.Entry(room), conflict, choices, cancellationToken));
    }

    public async Task<SaveResult> SetActiveAsync(int id, bool active, CancellationToken cancellationToken = default)
    {
        if (!session.Current.IsAdmin) return new SaveResult.Invalid(OnlyAdmins);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (room is null) return new SaveResult.NotFound(RoomTexts.DeleteNotFound);
        room.IsActive = active;
        return await SaveChangesAsync(db, room, room, cancellationToken);
    }

    public async Task<DeleteResult> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!session.Current.IsAdmin) return new DeleteResult.Refused(OnlyAdmins);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (room is null) return new DeleteResult.NotFound(RoomTexts.DeleteNotFound);
        if (await db.Bookings.AnyAsync(b => b.RoomId == id, cancellationToken)) return HasBookings(room);

        db.Rooms.Remove(room);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DeleteResult.Refused(string.Format(RoomTexts.DeleteRaced, room.Number));
        }
        catch (DbUpdateException ex) when (DatabaseErrors.FindPostgresError(ex)?.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A booking arrived between our check and the delete; the foreign key kept the room.
            return HasBookings(room);
        }
        logger.LogInformation("Room {RoomId} ({RoomNumber}) deleted by {UserId}", id, room.Number, db.Actor);
        return new DeleteResult.Deleted();
    }

    private static string OnlyAdmins => RoomTexts.OnlyAdmins;

    private static DeleteResult.Refused HasBookings(Room room) => new(string.Format(RoomTexts.HasBookings, room.Number));

    private async Task<SaveResult> SaveChangesAsync(BookingDbContext db, Room room, Room input, CancellationToken cancellationToken,
        Func<Task<SaveResult>>? mergingSave = null)
    {
        SaveResult result = new SaveResult.Saved(0);
        try
        {
            if (mergingSave is null) await db.SaveChangesAsync(cancellationToken);
            else result = await mergingSave();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid(string.Format(RoomTexts.ChangedMeanwhile, input.Number));
        }
        catch (DbUpdateException ex) when (DatabaseErrors.FindPostgresError(ex)?.ConstraintName == RoomRules.UniqueNumberConstraint)
        {
            return RoomRules.NumberTaken(input.Number);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.Describe(ex) is { } sentence)
        {
            logger.LogWarning(ex, "Saving room {RoomId} was refused by the database", input.Id);
            return new SaveResult.Invalid(sentence);
        }
        if (result is not (SaveResult.Saved or SaveResult.Merged)) return result;
        logger.LogInformation("Room {RoomId} ({RoomNumber}) saved by {UserId}", room.Id, room.Number, db.Actor);
        RoomRules.CopyEditableFields(room, input);
        (input.Id, input.Version) = (room.Id, room.Version);
        return result is SaveResult.Saved ? new SaveResult.Saved(room.Id) : result;
    }
}
