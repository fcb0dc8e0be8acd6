using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore;

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
                if (!merge.Result.CanSave) return new MergingSave.Conflicted(merge.Result, merge.DatabaseVersion!.Value);
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

/// <summary>What a save that merges on conflict ends in.</summary>
public abstract record MergingSave
{
    /// <summary>Saved; <paramref name="Merged"/> is null when nobody else had saved meanwhile.</summary>
    public sealed record Saved(MergeResult? Merged) : MergingSave;

    /// <summary>Both sides changed some fields differently; nothing was saved.</summary>
    public sealed record Conflicted(MergeResult Merge, uint DatabaseVersion) : MergingSave;

    /// <summary>Someone deleted the record; nothing was saved. <c>Merge.Mine</c> holds the user's copy.</summary>
    public sealed record DeletedMeanwhile(MergeResult Merge) : MergingSave;
}

/// <summary>
/// Turns EF's original, current and database values into a <see cref="FieldMerge"/> and a conflict-free result
/// back into the entry. Only the fields whose merged value differs from the database are marked modified, so
/// the UPDATE writes the user's changes and leaves the other person's alone (unlike
/// <c>OriginalValues.SetValues(databaseValues)</c>, which marks every differing column and overwrites theirs).
/// </summary>
public static class EntityMerger
{
    /// <param name="original">The values the user loaded (<see cref="EntitySnapshot"/>).</param>
    /// <param name="mine">The values the user saves; the entry's current values when omitted.</param>
    /// <returns>The merge and the database's version (null when the record was deleted meanwhile). When the merge can be
    /// saved, the entry already holds the merged values and that version: save again.</returns>
    public static async Task<(MergeResult Result, uint? DatabaseVersion)> MergeAsync(EntityEntry entry, IReadOnlyDictionary<string, object?> original,
        IReadOnlyDictionary<string, object?>? mine = null, CancellationToken cancellationToken = default)
    {
        mine ??= EntitySnapshot.Of(entry);
        var database = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (database is null) return (FieldMerge.Merge(original, mine, null), null);

        var result = FieldMerge.Merge(original, mine, EntitySnapshot.Of(database));
        var version = database.GetValue<uint>(nameof(Entity.Version));
        if (result.CanSave) Apply(entry, result, version);
        return (result, version);
    }

    /// <summary>
    /// Puts a savable merge (auto-merged, or resolved by the user) into a tracked entry: the database's values
    /// become the originals, the merged values the current ones, and the version the one the merge was made against.
    /// </summary>
    public static void Apply(EntityEntry entry, MergeResult merge, uint databaseVersion)
    {
        if (!merge.CanSave) throw new InvalidOperationException("Only a merge without conflicts on an existing record can be applied.");
        foreach (var field in merge.Fields)
        {
            var property = entry.Property(field.Field);
            property.OriginalValue = field.Theirs;
            property.CurrentValue = field.MustWrite ? field.Merged : field.Theirs;
            property.IsModified = field.MustWrite;
        }
        var version = entry.Property(nameof(Entity.Version));
        version.OriginalValue = databaseVersion;
        version.CurrentValue = databaseVersion;
        // Nothing of mine left to write (they saved the same): leave the row alone rather than only re-stamp it.
        if (merge.FieldsToWrite.Count == 0 && entry.State == EntityState.Modified) entry.State = EntityState.Unchanged;
    }
}

/// <summary>
/// The values of an entity that a merge compares: its mapped scalar properties except the key, the row
/// version and the audit stamps, which every save rewrites and nobody edits.
/// </summary>
public static class EntitySnapshot
{
    private static readonly HashSet<string> AuditStamps =
        [nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt), nameof(Entity.UpdatedBy)];

    /// <summary>The entry's current values; take it right after loading to keep as the editor's original.</summary>
    public static IReadOnlyDictionary<string, object?> Of(EntityEntry entry) => Of(entry.CurrentValues);

    public static IReadOnlyDictionary<string, object?> Of(PropertyValues values) =>
        values.Properties.Where(IsMerged).ToDictionary(p => p.Name, p => values[p]);

    /// <summary>A detached copy's values, e.g. the copy an editor loaded, read through the context's model.</summary>
    public static IReadOnlyDictionary<string, object?> Of(DbContext db, object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType())
                   ?? throw new ArgumentException($"{entity.GetType().Name} is not an entity of this context.", nameof(entity));
        return type.GetProperties().Where(IsMerged).ToDictionary(p => p.Name, p => p.PropertyInfo!.GetValue(entity));
    }

    internal static bool IsMerged(IProperty property) =>
        !property.IsPrimaryKey() && !property.IsConcurrencyToken && !property.IsShadowProperty() && !AuditStamps.Contains(property.Name);
}
