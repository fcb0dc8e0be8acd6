using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// Saves one record of a single-table editor (guest, room) through <see cref="MergingSaver"/> and turns what happened
/// into the outcome a page shows: saved, merged with a sentence, a conflict for the merge dialog, or deleted meanwhile.
/// The noun and field names are read at each save, so a saver held in a static field can give them in the reader's language.
/// </summary>
public sealed class RecordSaver(Func<string> noun, Func<IReadOnlyDictionary<string, string>> fieldNames)
{
    public RecordSaver(string noun, IReadOnlyDictionary<string, string> fieldNames) : this(() => noun, () => fieldNames) { }

    private string Noun => noun();

    private IReadOnlyDictionary<string, string> FieldNames => fieldNames();

    private sealed record Pending(MergeResult Merge, uint DatabaseVersion);

    /// <param name="entry">The record as loaded in <paramref name="db"/>, with the user's values and the version they loaded.</param>
    /// <param name="original">The record as the editor loaded it (a detached copy).</param>
    public async Task<SaveResult> SaveAsync(BookingDbContext db, EntityEntry entry, object original, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult.Saved(Id(entry));
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Any(x => x.Entity == entry.Entity))
        {
            // Who saved theirs: read now, as the merged save below stamps the row with my name.
            var who = await WhoAsync(db, entry, cancellationToken);
            var save = await MergingSaver.SaveAsync(db, entry, EntitySnapshot.Of(db, original), cancellationToken);
            return await OutcomeAsync(db, entry, save, who, cancellationToken);
        }
    }

    /// <summary>Saves the user's choices for a conflict into <paramref name="entry"/> (freshly loaded) against the version merged with.</summary>
    public async Task<SaveResult> ResolveAsync(BookingDbContext db, EntityEntry entry, MergeConflict conflict,
        IReadOnlyDictionary<string, FieldChoice> choices, CancellationToken cancellationToken = default)
    {
        var pending = (Pending)conflict.State;
        var resolved = pending.Merge.Resolve(pending.Merge.Conflicts.ToDictionary(f => f.Field, f => choices.GetValueOrDefault(f.Field) ?? FieldChoice.Mine));
        var save = await MergingSaver.SaveResolvedAsync(db, entry, resolved, pending.DatabaseVersion, cancellationToken);
        return await OutcomeAsync(db, entry, save is MergingSave.Saved { Merged: null } ? new MergingSave.Saved(resolved) : save,
            (conflict.TheirName, conflict.TheirTime), cancellationToken);
    }

    private async Task<SaveResult> OutcomeAsync(BookingDbContext db, EntityEntry entry, MergingSave save, (string Name, DateTimeOffset? At) who,
        CancellationToken cancellationToken)
    {
        switch (save)
        {
            case MergingSave.Saved { Merged: null }:
                return new SaveResult.Saved(Id(entry));
            case MergingSave.Saved saved:
                return new SaveResult.Merged(Id(entry), new MergeSummary(who.Name, FieldNames).Add(saved.Merged).Sentence());
            case MergingSave.Conflicted conflicted:
                var now = await WhoAsync(db, entry, cancellationToken);
                var fields = conflicted.Merge.Conflicts.Select(f => new ConflictField(f.Field, Label(f.Field),
                    entry.Property(f.Field).Metadata.ClrType, f.Original, f.Theirs, f.Mine)).ToList();
                return new SaveResult.Conflict(new MergeConflict(fields, now.Name, now.At, new Pending(conflicted.Merge, conflicted.DatabaseVersion)));
            default:
                return new SaveResult.DeletedMeanwhile(string.Format(ConflictTexts.DeletedMeanwhile, Noun));
        }
    }

    private static async Task<(string Name, DateTimeOffset? At)> WhoAsync(BookingDbContext db, EntityEntry entry, CancellationToken cancellationToken)
    {
        var values = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (values is null) return (ConflictTexts.Someone, null);
        var userId = values.GetValue<string?>(nameof(Entity.UpdatedBy));
        var names = await StaffNames.LookupAsync(db, [userId], cancellationToken);
        return (names.NameOf(userId), values.GetValue<DateTimeOffset>(nameof(Entity.UpdatedAt)));
    }

    private string Label(string field) => FieldNames.TryGetValue(field, out var name) ? Sentences.Capitalised(name) : field;

    private static int Id(EntityEntry entry) => ((Entity)entry.Entity).Id;
}
