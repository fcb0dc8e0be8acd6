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

/// <summary>
/// A record merged field by field. Savable when nothing conflicts and the record still exists; then
/// <see cref="Values"/> is what to save and <see cref="FieldsToWrite"/> the fields that differ from the database.
/// </summary>
public sealed class MergeResult
{
    internal MergeResult(
        IReadOnlyList<FieldResult> fields,
        IReadOnlyDictionary<string, object?> original,
        IReadOnlyDictionary<string, object?> mine,
        IReadOnlyDictionary<string, object?>? theirs)
    {
        Fields = fields;
        Original = original;
        Mine = mine;
        Theirs = theirs;
    }

    public IReadOnlyList<FieldResult> Fields { get; }
    public IReadOnlyDictionary<string, object?> Original { get; }
    public IReadOnlyDictionary<string, object?> Mine { get; }

    /// <summary>The database values merged against; null when the record was deleted meanwhile.</summary>
    public IReadOnlyDictionary<string, object?>? Theirs { get; }

    public bool IsDeletedMeanwhile => Theirs is null;
    public bool HasConflicts => Fields.Any(f => f.IsConflict);
    public bool CanSave => !IsDeletedMeanwhile && !HasConflicts;
    public IReadOnlyList<FieldResult> Conflicts => Fields.Where(f => f.IsConflict).ToList();
    public IReadOnlyList<string> FieldsToWrite => Fields.Where(f => f.MustWrite).Select(f => f.Field).ToList();

    public FieldResult this[string field] => Fields.FirstOrDefault(f => f.Field == field)
        ?? throw new KeyNotFoundException($"No field '{field}' in this merge.");

    public IReadOnlyDictionary<string, object?> Values => CanSave
        ? Fields.ToDictionary(f => f.Field, f => f.Merged)
        : throw new InvalidOperationException(IsDeletedMeanwhile
            ? "The record was deleted meanwhile; there is nothing to merge into."
            : "Resolve the conflicting fields first.");

    /// <summary>Settles every conflict with the user's choice for it; a conflict without a choice is an error.</summary>
    public MergeResult Resolve(IReadOnlyDictionary<string, FieldChoice> choices)
    {
        var missing = Conflicts.Select(f => f.Field).Where(field => !choices.ContainsKey(field)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"No choice for the conflicting fields {string.Join(", ", missing)}.", nameof(choices));
        return With(f => f.IsConflict ? f.ResolveWith(choices[f.Field]) : f);
    }

    /// <summary>
    /// The merge as saved with the user's choices: every conflict settled, and a field the merge settled by itself but
    /// the user chose a different value for (taking back the other side's change when the merged record was refused)
    /// counts as the user's choice too.
    /// </summary>
    public MergeResult ApplyChoices(IReadOnlyDictionary<string, FieldChoice> choices) => Resolve(choices).With(f =>
        f.Outcome != FieldOutcome.Resolved && choices.TryGetValue(f.Field, out var choice) && !MergeValues.Same(choice.Pick(f), f.Merged)
            ? f.ResolveWith(choice)
            : f);

    public MergeResult ResolveAllMine() => With(f => f.IsConflict ? f.ResolveWith(FieldChoice.Mine) : f);

    public MergeResult ResolveAllTheirs() => With(f => f.IsConflict ? f.ResolveWith(FieldChoice.Theirs) : f);

    internal static MergeResult DeletedMeanwhile(IReadOnlyDictionary<string, object?> original, IReadOnlyDictionary<string, object?> mine) =>
        new([], original, mine, null);

    private MergeResult With(Func<FieldResult, FieldResult> change) => new(Fields.Select(change).ToList(), Original, Mine, Theirs);
}

/// <summary>One field after a merge: the three values it was merged from and the value to save.</summary>
public sealed record FieldResult(string Field, FieldOutcome Outcome, object? Original, object? Mine, object? Theirs, object? Merged)
{
    public bool IsConflict => Outcome == FieldOutcome.Conflict;

    /// <summary>Whether saving has to write this field: the merged value differs from what the database holds.</summary>
    public bool MustWrite => !IsConflict && !MergeValues.Same(Merged, Theirs);

    internal static FieldResult Of(string field, object? original, object? mine, object? theirs)
    {
        var changedByMe = !MergeValues.Same(original, mine);
        var changedByThem = !MergeValues.Same(original, theirs);
        var outcome = (changedByMe, changedByThem) switch
        {
            (false, false) => FieldOutcome.Unchanged,
            (true, false) => FieldOutcome.Mine,
            (false, true) => FieldOutcome.Theirs,
            _ => MergeValues.Same(mine, theirs) ? FieldOutcome.BothSame : FieldOutcome.Conflict,
        };
        var merged = outcome switch
        {
            FieldOutcome.Mine => mine,
            FieldOutcome.Conflict => null,
            _ => theirs,
        };
        return new FieldResult(field, outcome, original, mine, theirs, merged);
    }

    internal FieldResult ResolveWith(FieldChoice choice) => this with { Outcome = FieldOutcome.Resolved, Merged = choice.Pick(this) };
}

/// <summary>What a three-way merge made of one field.</summary>
public enum FieldOutcome
{
    /// <summary>Nobody changed it.</summary>
    Unchanged,
    /// <summary>Only I changed it: my value is saved.</summary>
    Mine,
    /// <summary>Only they changed it: their value is kept.</summary>
    Theirs,
    /// <summary>Both changed it to the same value.</summary>
    BothSame,
    /// <summary>Both changed it to different values: the user has to choose.</summary>
    Conflict,
    /// <summary>Was a conflict; the user chose mine, theirs or typed a new value.</summary>
    Resolved,
}

/// <summary>How the user settles one conflicting field: keep mine, keep theirs, or a value they typed.</summary>
public abstract record FieldChoice
{
    public static FieldChoice Mine { get; } = new KeepMine();
    public static FieldChoice Theirs { get; } = new KeepTheirs();
    public static FieldChoice Custom(object? value) => new TypedValue(value);

    internal abstract object? Pick(FieldResult conflict);

    private sealed record KeepMine : FieldChoice
    {
        internal override object? Pick(FieldResult conflict) => conflict.Mine;
    }

    private sealed record KeepTheirs : FieldChoice
    {
        internal override object? Pick(FieldResult conflict) => conflict.Theirs;
    }

    private sealed record TypedValue(object? Value) : FieldChoice
    {
        internal override object? Pick(FieldResult conflict) => Value;
    }
}

/// <summary>
/// When two field values count as the same for a merge. Null and the empty string are the same (an optional
/// text cleared in one editor and never filled in another is not a change); decimals compare by value, so
/// 1.50 equals 1.5; an int and a decimal of equal value are the same; everything else uses its own Equals,
/// which already compares DateOnly, enums, bools and DateTimeOffset instants by value.
/// </summary>
public static class MergeValues
{
    public static bool Same(object? a, object? b)
    {
        a = Normalize(a);
        b = Normalize(b);
        if (a is null || b is null) return a is null && b is null;
        if (IsExactNumber(a) && IsExactNumber(b)) return Convert.ToDecimal(a) == Convert.ToDecimal(b);
        return a.Equals(b);
    }

    private static object? Normalize(object? value) => value is string { Length: 0 } ? null : value;

    private static bool IsExactNumber(object value) =>
        value is decimal or int or long or short or byte or uint or ulong or ushort or sbyte;
}

/// <summary>
/// One field of an object (a record, a draft, a line) that an editor changes and a merge compares: typed accessors
/// (no reflection) and what the merge sentences call it, read in the reader's language.
/// </summary>
public sealed record MergedField<TOwner>(string Name, Type ValueType, Func<TOwner, object?> Read, Action<TOwner, object?> Write, Func<string> Label)
{
    public static MergedField<TOwner> Of<TValue>(string name, Func<string> label, Func<TOwner, TValue> read, Action<TOwner, TValue> write) =>
        new(name, typeof(TValue), owner => read(owner), (owner, value) => write(owner, (TValue)value!), label);
}

public static class MergedFields
{
    /// <summary>The fields as the merge sentences name them.</summary>
    public static IReadOnlyDictionary<string, string> Names<TOwner>(this IEnumerable<MergedField<TOwner>> fields) =>
        fields.ToDictionary(f => f.Name, f => f.Label());

    public static void Copy<TOwner>(this IEnumerable<MergedField<TOwner>> fields, TOwner from, TOwner to)
    {
        foreach (var field in fields) field.Write(to, field.Read(from));
    }
}
