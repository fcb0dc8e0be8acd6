using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>What reviewing someone else's newer save against the editor's copy found (nothing is saved by a review).</summary>
public abstract record BookingReview
{
    public sealed record NothingNew : BookingReview;

    public sealed record Deleted : BookingReview;

    /// <summary>Their changes and the user's merged without a clash: continue from <paramref name="Draft"/> on top of <paramref name="NewOriginal"/>.</summary>
    public sealed record Merged(BookingDraft Draft, BookingDraft NewOriginal, string Summary) : BookingReview;

    /// <summary>Some fields clash: the merge dialog settles them, <see cref="Apply"/> makes the editor's new draft and original.</summary>
    public sealed record Conflicting(MergeConflict Conflict, BookingMerge Merge) : BookingReview
    {
        public (BookingDraft Draft, BookingDraft NewOriginal) Apply(IReadOnlyDictionary<MergeKey, FieldChoice> choices) =>
            (Merge.ToDraft(choices), Merge.Theirs);
    }
}
