namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// Three-way merge of one record, field by field: the values the user loaded (original), the values they are
/// saving (mine) and the values in the database now (theirs; null when the record was deleted meanwhile).
/// </summary>
public static class FieldMerge
{
    public static MergeResult Merge(
        IReadOnlyDictionary<string, object?> original,
        IReadOnlyDictionary<string, object?> mine,
        IReadOnlyDictionary<string, object?>? theirs)
    {
        RequireSameFields(original, mine, nameof(mine));
        if (theirs is null) return MergeResult.DeletedMeanwhile(original, mine);
        RequireSameFields(original, theirs, nameof(theirs));

        var fields = original.Keys
            .Select(field => FieldResult.Of(field, original[field], mine[field], theirs[field]))
            .ToList();
        return new MergeResult(fields, original, mine, theirs);
    }

    private static void RequireSameFields(IReadOnlyDictionary<string, object?> original, IReadOnlyDictionary<string, object?> other, string name)
    {
        if (original.Count != other.Count || original.Keys.Any(field => !other.ContainsKey(field)))
            throw new ArgumentException($"The {name} snapshot must hold exactly the fields of the original: {string.Join(", ", original.Keys)}.", name);
    }
}
