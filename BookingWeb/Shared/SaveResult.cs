namespace BookingWeb.Shared;

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

    public static Invalid Refuse(string field, string message) =>
        new(message, new Dictionary<string, string> { [field] = message });
}

/// <summary>What a delete can end in.</summary>
public abstract record DeleteResult
{
    public sealed record Deleted : DeleteResult;
    public sealed record Refused(string Message) : DeleteResult;
    public sealed record NotFound(string Message) : DeleteResult;
}
