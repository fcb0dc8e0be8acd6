using System.Globalization;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>
/// Loads, saves, cancels and deletes bookings. A booking and its lines always save in one transaction. A save that
/// raced someone else's merges three ways against the draft the editor loaded (decision 0005); what the user
/// chooses in the merge dialog is saved through the <see cref="SaveResult.Conflict"/> it returned.
/// </summary>
public sealed class BookingService(IDbContextFactory<BookingDbContext> contextFactory, HotelClock clock, ILogger<BookingService> logger)
{
    private const int MaxAttempts = 5;

    public async Task<BookingDraft?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booking = await WithLines(db.Bookings.AsNoTracking()).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null) return null;
        var draft = BookingDraft.From(booking, clock);
        var names = await StaffNames.LookupAsync(db, draft.Reminders.Select(r => r.DoneBy), cancellationToken);
        foreach (var reminder in draft.Reminders.Where(r => r.DoneBy is not null))
            reminder.DoneByName = names.NameOf(reminder.DoneBy);
        return draft;
    }

    public Task<SaveResult> SaveAsync(BookingDraft draft, CancellationToken cancellationToken = default) =>
        SaveAsync(draft, null, cancellationToken);

    /// <param name="original">
    /// The draft as the editor loaded it (<see cref="BookingDraft.Copy"/>). With it, a save that raced someone else's
    /// merges: <see cref="SaveResult.Merged"/>, <see cref="SaveResult.Conflict"/> or <see cref="SaveResult.DeletedMeanwhile"/>.
    /// Without it, a stale save is refused.
    /// </param>
    public async Task<SaveResult> SaveAsync(BookingDraft draft, BookingDraft? original, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySaveAsync(draft, original, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (original is not null && attempt < MaxAttempts)
            {
                // Someone outside this service (who takes no row lock) wrote in between: merge against the newest row.
                logger.LogInformation("Booking {BookingId} changed while saving; merging again (attempt {Attempt})", draft.Id, attempt);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new SaveResult.Invalid(original is null ? BookingTexts.SavedMeanwhileRefused : BookingTexts.KeepsChanging);
            }
        }
    }

    /// <summary>Saves the user's copy of a booking deleted meanwhile as a new booking: a new reservation number, every check again.</summary>
    public Task<SaveResult> RecreateAsync(BookingDraft draft, CancellationToken cancellationToken = default) =>
        SaveAsync(draft.AsNew(), null, cancellationToken);

    private async Task<SaveResult> TrySaveAsync(BookingDraft draft, BookingDraft? original, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Booking? booking = null;
        BookingMerge? merge = null;
        (string Name, DateTimeOffset At) who = ("", default);
        var toSave = draft;
        if (!draft.IsNew)
        {
            // Writers of one booking take turns: the merge below sees every save before it, and none slips in after.
            await db.Database.SqlQuery<int>($"SELECT id AS \"Value\" FROM bookings WHERE id = {draft.Id} FOR UPDATE").ToListAsync(cancellationToken);
            booking = await WithLines(db.Bookings).FirstOrDefaultAsync(b => b.Id == draft.Id, cancellationToken);
            if (booking is null)
                return original is null
                    ? new SaveResult.NotFound(BookingTexts.DeletedByOther)
                    : await Deletions.MeanwhileAsync(db, clock, ChangeTable.Bookings, draft.Id, BookingTexts.ThisBooking, cancellationToken);
            var theirs = BookingDraft.From(booking, clock);
            if (original is not null && !original.SameRowsAs(theirs))
            {
                merge = BookingMerge.Of(original, draft, theirs);
                who = await BookingConflicts.LastChangedByAsync(db, booking, cancellationToken);
                if (merge.HasConflicts) return Conflict(merge, await BookingConflicts.OfAsync(db, merge, who, merge.ConflictFields(), cancellationToken));
                toSave = merge.ToDraft();
            }
        }

        var refusal = await BookingChecks.RefusalAsync(db, toSave, cancellationToken);
        if (refusal is not null && merge is not null)
        {
            var askAgain = await BookingConflicts.OfAsync(db, merge, who, merge.ChangedFields(), cancellationToken);
            return Conflict(merge, askAgain with { Problem = refusal is SaveResult.Invalid invalid ? BookingConflicts.Sentence(invalid) : null });
        }
        if (refusal is not null) return refusal;

        if (booking is null)
        {
            booking = new Booking { ReservationNumber = await NextReservationNumberAsync(db, cancellationToken) };
            db.Bookings.Add(booking);
        }
        else db.Entry(booking).Property(b => b.Version).OriginalValue = toSave.Version;
        BookingDraftApplier.Apply(db, toSave, booking, clock);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && BookingChecks.IsOverlap(e))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await BookingChecks.OverlapRefusalAsync(db, toSave, cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && DatabaseErrors.Describe(e) is { } sentence)
        {
            return new SaveResult.Invalid(sentence);
        }
        logger.LogInformation("Saved booking {BookingId} ({ReservationNumber}), merged: {Merged}", booking.Id, booking.ReservationNumber, merge is not null);
        return merge is null ? new SaveResult.Saved(booking.Id) : new SaveResult.Merged(booking.Id, merge.Summary(who.Name));
    }

    /// <summary>A clash for the merge dialog, whose choices are saved against the booking the merge was made with.</summary>
    private SaveResult.Conflict Conflict(BookingMerge merge, MergeConflict shown) =>
        new(shown, (choices, cancellationToken) => ResolveAsync(merge, shown, choices, cancellationToken));

    /// <summary>Saves the user's choices; if someone saved yet again, merges once more from there.</summary>
    private async Task<SaveResult> ResolveAsync(BookingMerge merge, MergeConflict shown, IReadOnlyDictionary<MergeKey, FieldChoice> choices,
        CancellationToken cancellationToken)
    {
        BookingDraft resolved;
        try
        {
            resolved = merge.ToDraft(choices);
        }
        catch (ArgumentException)
        {
            return Conflict(merge, shown with { Problem = BookingTexts.ChooseEveryField });
        }
        var result = await SaveAsync(resolved, merge.Theirs, cancellationToken);
        switch (result)
        {
            case SaveResult.Saved saved:
                return new SaveResult.Merged(saved.Id, merge.Summary(shown.TheirName, choices));
            case SaveResult.Invalid invalid:
                await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
                    return Conflict(merge, shown with
                    {
                        Fields = await BookingConflicts.NamedAsync(db, merge.ChangedFields(), cancellationToken), Problem = invalid.Message,
                    });
            default:
                return result;
        }
    }

    /// <summary>
    /// The desk's one click (check in, check out, no-show) on the booking as it stands now, through the editor's own
    /// save (rules, overlaps, merging, the audit log). Refused when the booking's status no longer allows it.
    /// </summary>
    public async Task<SaveResult> ApplyAsync(int id, DeskAction action, CancellationToken cancellationToken = default)
    {
        var draft = await LoadAsync(id, cancellationToken);
        if (draft is null) return new SaveResult.NotFound(BookingTexts.NoLongerExists);
        if (draft.CheckIn is not { } checkIn || draft.CheckOut is not { } checkOut
            || !DeskActions.For(draft.Status, checkIn, checkOut, clock.Today).Contains(action))
            return new SaveResult.Invalid(string.Format(BookingTexts.DeskNotNow, action.Label(), BookingLabels.Of(draft.Status),
                draft.CheckIn?.ToString("d", CultureInfo.CurrentCulture)));
        var original = draft.Copy();
        draft.Status = action.Status();
        return await SaveAsync(draft, original, cancellationToken);
    }

    /// <summary>
    /// A stay dragged on the tape chart, through the editor's own save: the page's view of room and dates is the original
    /// to merge against, so a drop onto a stay someone just moved merges or asks, and an overlap is refused as ever.
    /// </summary>
    public async Task<SaveResult> MoveAsync(StayMove move, CancellationToken cancellationToken = default)
    {
        var draft = await LoadAsync(move.BookingId, cancellationToken);
        if (draft is null) return new SaveResult.NotFound(BookingTexts.NoLongerExists);
        var original = draft.Copy();
        if ((draft.RoomId, draft.CheckIn, draft.CheckOut) != (move.From.RoomId, move.From.CheckIn, move.From.CheckOut))
            (original.Version, original.RoomId, original.CheckIn, original.CheckOut) = (move.SeenVersion, move.From.RoomId, move.From.CheckIn, move.From.CheckOut);
        (draft.RoomId, draft.CheckIn, draft.CheckOut) = (move.To.RoomId, move.To.CheckIn, move.To.CheckOut);
        return await SaveAsync(draft, original, cancellationToken);
    }

    /// <summary>A reminder ticked off from the dashboard, through the booking's own save like the editor's checkbox.</summary>
    public async Task<SaveResult> CompleteReminderAsync(int bookingId, int reminderId, CancellationToken cancellationToken = default)
    {
        var draft = await LoadAsync(bookingId, cancellationToken);
        if (draft?.Reminders.FirstOrDefault(r => r.Id == reminderId) is not { } reminder) return new SaveResult.NotFound(BookingTexts.ReminderGone);
        if (reminder.Done) return new SaveResult.Saved(bookingId);
        var original = draft.Copy();
        reminder.Done = true;
        return await SaveAsync(draft, original, cancellationToken);
    }

    public async Task<SaveResult> CancelAsync(int id, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null) return new SaveResult.NotFound(BookingTexts.NoLongerExists);
        db.Entry(booking).Property(b => b.Version).OriginalValue = version;
        booking.Status = BookingStatus.Cancelled;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult.Saved(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Invalid(string.Format(BookingTexts.OpenAgainThenCancel, await ChangedByAsync(id, cancellationToken)));
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
                ? new DeleteResult.Refused(string.Format(BookingTexts.OpenAgainBeforeDeleting, await ChangedByAsync(id, cancellationToken)))
                : new DeleteResult.NotFound(BookingTexts.AlreadyDeleted);
        }
    }

    /// <summary>"Anna changed this booking at 14:02." from the booking's (or a line's) newest stamp.</summary>
    private async Task<string> ChangedByAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booking = await WithLines(db.Bookings.AsNoTracking()).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null) return BookingTexts.DeletedAMomentAgo;
        var (name, at) = await BookingConflicts.LastChangedByAsync(db, booking, cancellationToken);
        return string.Format(BookingTexts.ChangedByAt, name, clock.AtHotel(at).ToString("HH:mm"));
    }

    internal static IQueryable<Booking> WithLines(IQueryable<Booking> bookings) =>
        bookings.AsSplitQuery().Include(b => b.Services).Include(b => b.Discounts).Include(b => b.Reminders);

    /// <summary>"RES-2026-0042": the year is the hotel's, so a booking made at 00:30 on 1 January counts in the new year.</summary>
    private async Task<string> NextReservationNumberAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        var year = clock.Today.Year;
        var numbers = await db.Database
            .SqlQuery<string>($"SELECT next_reservation_number({year}) AS \"Value\"")
            .ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
