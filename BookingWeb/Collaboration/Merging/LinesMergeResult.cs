namespace BookingWeb.Collaboration.Merging;

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
