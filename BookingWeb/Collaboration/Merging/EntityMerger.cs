using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BookingWeb.Collaboration.Merging;

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
    public static async Task<EntityMerge> MergeAsync(EntityEntry entry, IReadOnlyDictionary<string, object?> original,
        IReadOnlyDictionary<string, object?>? mine = null, CancellationToken cancellationToken = default)
    {
        mine ??= EntitySnapshot.Of(entry);
        var database = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (database is null) return new EntityMerge(FieldMerge.Merge(original, mine, null), null);

        var result = FieldMerge.Merge(original, mine, EntitySnapshot.Of(database));
        var version = database.GetValue<uint>(nameof(Entity.Version));
        if (result.CanSave) Apply(entry, result, version);
        return new EntityMerge(result, version);
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
