using BookingWeb.Platform.Clock;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Bookings;

/// <summary>
/// The user's side of a booking merge: saves what they chose in the merge dialog, and the live banner's Review, which
/// brings someone else's newer save into the editor's copy before anything is saved (decision 0005).
/// </summary>
public sealed class BookingMergeService(BookingService bookings, IDbContextFactory<BookingDbContext> contextFactory, HotelClock clock)
{
    /// <summary>
    /// Saves the user's choices for a <see cref="SaveResult.Conflict"/> (keys of <see cref="MergeConflict.Fields"/>) against
    /// the version the merge was made with; if someone saved yet again, merges once more from there.
    /// </summary>
    public async Task<SaveResult> ResolveAsync(MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices,
        CancellationToken cancellationToken = default)
    {
        var merge = (BookingMerge)conflict.State;
        BookingDraft resolved;
        try
        {
            resolved = merge.ToDraft(choices);
        }
        catch (ArgumentException)
        {
            return new SaveResult.Conflict(conflict with { Problem = BookingTexts.ChooseEveryField });
        }
        var result = await bookings.SaveAsync(resolved, merge.Theirs, cancellationToken);
        switch (result)
        {
            case SaveResult.Saved saved:
                return new SaveResult.Merged(saved.Id, merge.Summary(conflict.TheirName, choices));
            case SaveResult.Invalid invalid:
                await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
                    return new SaveResult.Conflict(conflict with
                    {
                        Fields = await BookingConflicts.NamedAsync(db, merge.ChangedFields(), cancellationToken), Problem = invalid.Message,
                    });
            default:
                return result;
        }
    }

    /// <summary>
    /// The live banner's Review: merges the newest saved booking into the editor's copy without saving anything.
    /// The editor then continues from the merged draft, with the newest booking as its new original.
    /// </summary>
    public async Task<BookingReview> ReviewAsync(BookingDraft draft, BookingDraft original, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var booking = await BookingService.WithLines(db.Bookings.AsNoTracking()).FirstOrDefaultAsync(b => b.Id == draft.Id, cancellationToken);
        if (booking is null) return new BookingReview.Deleted();
        var theirs = BookingDraft.From(booking, clock);
        if (original.SameRowsAs(theirs)) return new BookingReview.NothingNew();
        var merge = BookingMerge.Of(original, draft, theirs);
        var who = await BookingConflicts.LastChangedByAsync(db, booking, cancellationToken);
        return merge.HasConflicts
            ? new BookingReview.Conflicting(await BookingConflicts.OfAsync(db, merge, who, merge.ConflictFields(), cancellationToken))
            : new BookingReview.Merged(merge.ToDraft(), theirs, merge.Summary(who.Name));
    }

    /// <summary>The draft and new original after the user settled a review's clashes in the merge dialog.</summary>
    public static (BookingDraft Draft, BookingDraft NewOriginal) ApplyReviewChoices(MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices)
    {
        var merge = (BookingMerge)conflict.State;
        return (merge.ToDraft(choices), merge.Theirs);
    }
}
