using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BookingWeb.Collaboration.Merging;

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
