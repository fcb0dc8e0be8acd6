using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// Saves one tracked entity; when someone else saved it meanwhile, merges and saves again until the save goes
/// through, a conflict needs the user, or the record turns out deleted.
/// </summary>
/// <remarks>Handles conflicts on this one entry; a conflict on any other entry of the same save is rethrown.</remarks>
public static class MergingSaver
{
    private const int MaxAttempts = 5;

    /// <param name="original">The values the user loaded (<see cref="EntitySnapshot"/>).</param>
    public static async Task<MergingSave> SaveAsync(DbContext db, EntityEntry entry, IReadOnlyDictionary<string, object?> original,
        CancellationToken cancellationToken = default)
    {
        var mine = EntitySnapshot.Of(entry);
        MergeResult? merged = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new MergingSave.Saved(merged);
            }
            catch (DbUpdateConcurrencyException e) when (attempt < MaxAttempts && e.Entries.Any(x => x.Entity == entry.Entity))
            {
                // Each round merges the user's own values against the newest row, so changes the first merge
                // took from the other side are not mistaken for the user's on the next round.
                var merge = await EntityMerger.MergeAsync(entry, original, mine, cancellationToken);
                if (merge.Result.IsDeletedMeanwhile) return new MergingSave.DeletedMeanwhile(merge.Result);
                if (!merge.Applied) return new MergingSave.Conflicted(merge.Result, merge.DatabaseVersion!.Value);
                merged = merge.Result;
            }
        }
    }

    /// <summary>
    /// Saves the user's settled conflicts into a tracked entry (typically freshly loaded in a new context), against
    /// the version the merge was made with; if someone saved yet again, merges once more from there.
    /// </summary>
    public static Task<MergingSave> SaveResolvedAsync(DbContext db, EntityEntry entry, MergeResult resolved, uint databaseVersion,
        CancellationToken cancellationToken = default)
    {
        EntityMerger.Apply(entry, resolved, databaseVersion);
        return SaveAsync(db, entry, resolved.Theirs!, cancellationToken);
    }
}
