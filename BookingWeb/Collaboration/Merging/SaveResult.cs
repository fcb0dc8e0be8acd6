using BookingWeb.Shared;
using BookingWeb.Texts;

namespace BookingWeb.Collaboration.Merging;

/// <summary>What a save can end in. Expected outcomes are values a page renders, not exceptions.</summary>
public abstract record SaveResult
{
    public sealed record Saved(int Id) : SaveResult;

    /// <summary>The input was refused: a sentence for the whole form and, where known, one per field.</summary>
    public sealed record Invalid(string Message, IReadOnlyDictionary<string, string> FieldErrors) : SaveResult
    {
        public Invalid(string message) : this(message, new Dictionary<string, string>()) { }
    }

    public sealed record NotFound(string Message) : SaveResult;

    /// <summary>Someone else saved meanwhile; their changes and mine did not collide and both are saved.</summary>
    /// <param name="Summary">What was kept of whose, e.g. "Kept Anna's new check-out date; saved your notes."</param>
    public sealed record Merged(int Id, string Summary) : SaveResult;

    /// <summary>
    /// Someone else saved meanwhile and the user has to settle some fields; nothing was saved. <see cref="ResolveAsync"/>
    /// saves the user's choices against the version the merge was made with (and may end in a conflict again).
    /// </summary>
    public sealed record Conflict(MergeConflict Merge, Conflict.Resolver Resolve) : SaveResult
    {
        public delegate Task<SaveResult> Resolver(IReadOnlyDictionary<MergeKey, FieldChoice> choices, CancellationToken cancellationToken);

        public Task<SaveResult> ResolveAsync(IReadOnlyDictionary<MergeKey, FieldChoice> choices, CancellationToken cancellationToken = default) =>
            Resolve(choices, cancellationToken);
    }

    /// <summary>Someone deleted the record while it was being edited; nothing was saved, the editor keeps its copy.</summary>
    public sealed record DeletedMeanwhile(string Message) : SaveResult;

    /// <summary>The save did not happen (the database was unreachable, or something unexpected): a sentence saying so.</summary>
    public sealed record Failed(string Message) : SaveResult;

    public static Invalid Refuse(string field, string message) =>
        new(message, new Dictionary<string, string> { [field] = message });
}

/// <summary>What a delete can end in.</summary>
public abstract record DeleteResult
{
    public sealed record Deleted : DeleteResult;
    public sealed record Refused(string Message) : DeleteResult;
    public sealed record NotFound(string Message) : DeleteResult;

    /// <summary>The delete did not happen (the database was unreachable, or something unexpected).</summary>
    public sealed record Failed(string Message) : DeleteResult;
}

public static class FieldErrorsResult
{
    /// <summary>The refusal a save ends in when <paramref name="errors"/> has any: a sentence and one per field.</summary>
    public static SaveResult.Invalid ToResult(this FieldErrors errors, string? message = null) =>
        new(message ?? SharedTexts.CorrectFields, errors.ToDictionary());
}
