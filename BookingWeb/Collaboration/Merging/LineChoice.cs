namespace BookingWeb.Collaboration.Merging;

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
