using BookingWeb.Texts;
using BookingWeb.Shared;

namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// Tells the user in plain words (their language, Texts/ConflictTexts.resx) what a merge kept from the other person and
/// what it saved of theirs: "Kept Anna's new check-out date; saved your notes." Field names come from the caller; a field
/// without one is named as it is.
/// </summary>
public sealed class MergeSummary(string theirName, IReadOnlyDictionary<string, string> fieldNames)
{
    private readonly List<string> _theirs = [];
    private readonly List<string> _mine = [];
    private readonly List<string> _chosen = [];

    public MergeSummary Add(MergeResult record)
    {
        AddFields(record, FieldOutcome.Theirs, _theirs);
        AddFields(record, FieldOutcome.Mine, _mine);
        _chosen.AddRange(NamesOf(record, FieldOutcome.Resolved));
        return this;
    }

    /// <param name="lineNoun">What one line is called, e.g. "service".</param>
    /// <param name="label">Names a line from its values, e.g. its description.</param>
    public MergeSummary Add(LinesMergeResult lines, string lineNoun, Func<IReadOnlyDictionary<string, object?>, string> label)
    {
        foreach (var line in lines.Lines)
        {
            var named = string.Format(ConflictTexts.NamedLine, lineNoun, label(line.Merged ?? line.Mine ?? line.Theirs ?? line.Original!));
            switch (line.Outcome)
            {
                case LineOutcome.AddedByThem: _theirs.Add(string.Format(ConflictTexts.NewLine, named)); break;
                case LineOutcome.RemovedByThem: _theirs.Add(string.Format(ConflictTexts.RemovalOf, named)); break;
                case LineOutcome.AddedByMe: _mine.Add(string.Format(ConflictTexts.NewLine, named)); break;
                case LineOutcome.RemovedByMe: _mine.Add(string.Format(ConflictTexts.RemovalOf, named)); break;
                case LineOutcome.Resolved: _chosen.Add(named); break;
                case LineOutcome.Edited when line.Fields is { } fields:
                    if (fields.Fields.Any(f => f.Outcome == FieldOutcome.Theirs)) _theirs.Add(string.Format(ConflictTexts.ChangesTo, named));
                    if (fields.Fields.Any(f => f.Outcome == FieldOutcome.Mine)) _mine.Add(string.Format(ConflictTexts.ChangesTo, named));
                    if (fields.Fields.Any(f => f.Outcome == FieldOutcome.Resolved)) _chosen.Add(named);
                    break;
            }
        }
        return this;
    }

    public string Sentence()
    {
        var clauses = new List<string>();
        if (_theirs.Count > 0) clauses.Add(string.Format(ConflictTexts.KeptTheirs, theirName, Sentences.List(_theirs)));
        if (_mine.Count > 0) clauses.Add(string.Format(ConflictTexts.SavedYours, Sentences.List(_mine)));
        if (_chosen.Count > 0) clauses.Add(string.Format(ConflictTexts.UsedYourChoice, Sentences.List(_chosen)));
        if (clauses.Count == 0) return ConflictTexts.NothingToMerge;
        var sentence = string.Join("; ", clauses) + ".";
        return Sentences.Capitalised(sentence);
    }

    public override string ToString() => Sentence();

    private void AddFields(MergeResult record, FieldOutcome outcome, List<string> into)
    {
        var names = NamesOf(record, outcome).ToList();
        if (names.Count > 0 && outcome == FieldOutcome.Theirs) names[0] = string.Format(ConflictTexts.NewField, names[0]);
        into.AddRange(names);
    }

    private IEnumerable<string> NamesOf(MergeResult record, FieldOutcome outcome) =>
        record.Fields.Where(f => f.Outcome == outcome).Select(f => fieldNames.GetValueOrDefault(f.Field, f.Field));

}
