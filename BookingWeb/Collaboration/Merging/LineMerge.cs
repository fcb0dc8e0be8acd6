namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// Three-way merge of a child collection by line key. Lines added by either side are kept; a line removed by
/// one side and untouched by the other goes; removed by one and edited by the other is a conflict; a line
/// both sides kept merges field by field.
/// </summary>
public static class LineMerge
{
    public static LinesMergeResult Merge(
        IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> original,
        IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> mine,
        IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> theirs)
    {
        var keys = original.Keys.Concat(mine.Keys).Concat(theirs.Keys).Distinct();
        var lines = keys.Select(key => MergeLine(key, original.GetValueOrDefault(key), mine.GetValueOrDefault(key), theirs.GetValueOrDefault(key)));
        return new LinesMergeResult(lines.ToList());
    }

    private static LineResult MergeLine(
        LineKey key,
        IReadOnlyDictionary<string, object?>? original,
        IReadOnlyDictionary<string, object?>? mine,
        IReadOnlyDictionary<string, object?>? theirs)
    {
        LineResult Line(LineOutcome outcome, IReadOnlyDictionary<string, object?>? merged, MergeResult? fields = null) =>
            new(key, outcome, original, mine, theirs, fields, merged);

        switch (original, mine, theirs)
        {
            case (null, not null, null): return Line(LineOutcome.AddedByMe, mine);
            case (null, null, not null): return Line(LineOutcome.AddedByThem, theirs);
            case (not null, null, null): return Line(LineOutcome.RemovedByBoth, null);
            case (not null, null, not null):
                return Untouched(original, theirs)
                    ? Line(LineOutcome.RemovedByMe, null)
                    : Line(LineOutcome.RemovedByMeEditedByThem, null);
            case (not null, not null, null):
                return Untouched(original, mine)
                    ? Line(LineOutcome.RemovedByThem, null)
                    : Line(LineOutcome.EditedByMeRemovedByThem, null);
            case (_, not null, not null):
                // Both sides holding a line the original lacks cannot come from one editor; merging it against
                // an empty original turns every differing field into a conflict instead of losing either side.
                var fields = FieldMerge.Merge(original ?? Empty(mine), mine, theirs);
                var outcome = fields.Fields.All(f => f.Outcome == FieldOutcome.Unchanged) ? LineOutcome.Unchanged : LineOutcome.Edited;
                return Line(outcome, fields.CanSave ? fields.Values : null, fields);
            default:
                throw new ArgumentException($"The {key} is on no side of the merge.");
        }
    }

    private static bool Untouched(IReadOnlyDictionary<string, object?> original, IReadOnlyDictionary<string, object?> side) =>
        original.All(field => side.TryGetValue(field.Key, out var value) && MergeValues.Same(field.Value, value));

    private static Dictionary<string, object?> Empty(IReadOnlyDictionary<string, object?> shape) =>
        shape.Keys.ToDictionary(field => field, _ => (object?)null);
}
