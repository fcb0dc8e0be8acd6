using BookingWeb.Platform.Clock;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>
/// The live banner's Review: brings someone else's newer save into the editor's copy before anything is saved
/// (decision 0005). A save's own clash is settled through its <see cref="SaveResult.Conflict"/>.
/// </summary>
public sealed class BookingMergeService(IDbContextFactory<BookingDbContext> contextFactory, HotelClock clock)
{
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
            ? new BookingReview.Conflicting(await BookingConflicts.OfAsync(db, merge, who, merge.ConflictFields(), cancellationToken), merge)
            : new BookingReview.Merged(merge.ToDraft(), theirs, merge.Summary(who.Name));
    }
}
