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

/// <summary>A child collection merged line by line.</summary>
public sealed class LinesMergeResult(IReadOnlyList<LineResult> lines)
{
    public IReadOnlyList<LineResult> Lines { get; } = lines;
    public bool HasConflicts => Lines.Any(l => l.IsConflict);
    public IReadOnlyList<LineResult> Conflicts => Lines.Where(l => l.IsConflict).ToList();

    /// <summary>The lines to keep with their merged values, once nothing conflicts.</summary>
    public IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> Kept => !HasConflicts
        ? Lines.Where(l => l.IsKept).ToDictionary(l => l.Key, l => l.Merged!)
        : throw new InvalidOperationException("Resolve the conflicting lines first.");

    public LineResult this[LineKey key] => Lines.FirstOrDefault(l => l.Key == key)
        ?? throw new KeyNotFoundException($"No {key} in this merge.");

    /// <summary>Settles every conflicting line with the user's choice for it; a conflict without a choice is an error.</summary>
    public LinesMergeResult Resolve(IReadOnlyDictionary<LineKey, LineChoice> choices)
    {
        var missing = Conflicts.Select(l => l.Key).Where(key => !choices.ContainsKey(key)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"No choice for {string.Join(", ", missing)}.", nameof(choices));
        return With(l => l.IsConflict ? choices[l.Key].Settle(l) : l);
    }

    public LinesMergeResult ResolveAllMine() => With(l => l.IsConflict ? LineChoice.Mine.Settle(l) : l);

    public LinesMergeResult ResolveAllTheirs() => With(l => l.IsConflict ? LineChoice.Theirs.Settle(l) : l);

    private LinesMergeResult With(Func<LineResult, LineResult> change) => new(Lines.Select(change).ToList());
}

/// <summary>
/// One child line after a merge. <see cref="Merged"/> holds the line's values to keep, or null when the line
/// goes away; <see cref="Fields"/> says field by field who changed what.
/// </summary>
public sealed record LineResult(
    LineKey Key,
    LineOutcome Outcome,
    IReadOnlyDictionary<string, object?>? Original,
    IReadOnlyDictionary<string, object?>? Mine,
    IReadOnlyDictionary<string, object?>? Theirs,
    MergeResult? Fields,
    IReadOnlyDictionary<string, object?>? Merged)
{
    public bool IsConflict => Outcome is LineOutcome.RemovedByMeEditedByThem or LineOutcome.EditedByMeRemovedByThem
                              || Fields is { HasConflicts: true };

    public bool IsKept => Merged is not null;
}

/// <summary>What a three-way merge made of one child line.</summary>
public enum LineOutcome
{
    Unchanged,
    /// <summary>Edited by one side or both; see the line's field merge for who changed what, and whether it conflicts.</summary>
    Edited,
    AddedByMe,
    AddedByThem,
    RemovedByMe,
    RemovedByThem,
    RemovedByBoth,
    /// <summary>A conflict: I removed the line, they edited it.</summary>
    RemovedByMeEditedByThem,
    /// <summary>A conflict: I edited the line, they removed it.</summary>
    EditedByMeRemovedByThem,
    /// <summary>Was a conflict; the user settled it.</summary>
    Resolved,
}

/// <summary>
/// How the user settles one conflicting line. Against a removal, mine or theirs takes that side's edit or removal;
/// on a line both sides edited, it takes that side's value in every conflicting field (the other side's
/// non-conflicting changes stay), and <see cref="PerField"/> chooses field by field.
/// </summary>
public abstract record LineChoice
{
    public static LineChoice Mine { get; } = new WholeSide(FieldChoice.Mine);
    public static LineChoice Theirs { get; } = new WholeSide(FieldChoice.Theirs);
    public static LineChoice PerField(IReadOnlyDictionary<string, FieldChoice> choices) => new FieldByField(choices);

    internal abstract LineResult Settle(LineResult conflict);

    private sealed record WholeSide(FieldChoice Side) : LineChoice
    {
        internal override LineResult Settle(LineResult conflict)
        {
            var keepMine = Side == FieldChoice.Mine;
            var fields = keepMine ? conflict.Fields?.ResolveAllMine() : conflict.Fields?.ResolveAllTheirs();
            var merged = fields?.Values ?? (keepMine ? conflict.Mine : conflict.Theirs);
            return conflict with { Outcome = LineOutcome.Resolved, Fields = fields, Merged = merged };
        }
    }

    private sealed record FieldByField(IReadOnlyDictionary<string, FieldChoice> Choices) : LineChoice
    {
        internal override LineResult Settle(LineResult conflict)
        {
            if (conflict.Fields is not { } fields)
                throw new ArgumentException($"The {conflict.Key} was removed on one side; choose mine or theirs for the whole line.");
            var resolved = fields.Resolve(Choices);
            return conflict with { Outcome = LineOutcome.Resolved, Fields = resolved, Merged = resolved.Values };
        }
    }
}

/// <summary>
/// Identifies a child line across the three sides of a merge: a saved line by its row id, a line added in
/// the editor (no row id yet) by a key the editor gives it, unique within the editor.
/// </summary>
public readonly record struct LineKey
{
    private LineKey(int? rowId, string? clientKey)
    {
        RowId = rowId;
        ClientKey = clientKey;
    }

    public int? RowId { get; }
    public string? ClientKey { get; }

    public static LineKey Row(int rowId) => rowId > 0
        ? new LineKey(rowId, null)
        : throw new ArgumentOutOfRangeException(nameof(rowId), "A saved line has a positive row id; key new lines with LineKey.New.");

    public static LineKey New(string clientKey) => string.IsNullOrEmpty(clientKey)
        ? throw new ArgumentException("A new line needs a key.", nameof(clientKey))
        : new LineKey(null, clientKey);

    public override string ToString() => RowId is { } id ? $"row {id}" : $"new line {ClientKey}";
}
