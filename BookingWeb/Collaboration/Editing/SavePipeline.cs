using BookingWeb.Collaboration.Merging;
using BookingWeb.Shared;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// The one way every editor saves, deletes or cancels: a service call whose outcome the page renders, clashes with
/// someone else's save settled in the merge dialog, and nothing thrown ever escapes. What the services do not turn into
/// an outcome themselves becomes a sentence here — the database unreachable, a value it refused, or "something went
/// wrong (reference …)" with the reference in the log — and the form keeps what was typed, so the same click works
/// again once the cause is gone.
/// </summary>
public sealed class SavePipeline(MergeFlow merging, ILogger<SavePipeline> logger)
{
    private static readonly Outcomes<SaveResult> Saves = new(message => new SaveResult.Failed(message), sentence => new SaveResult.Invalid(sentence));
    private static readonly Outcomes<DeleteResult> Deletes = new(message => new DeleteResult.Failed(message), sentence => new DeleteResult.Refused(sentence));

    /// <param name="what">The record in the log: "guest 12", "a new booking".</param>
    public async Task<SaveResult> SaveAsync(string what, Func<Task<SaveResult>> save)
    {
        var result = await GuardAsync(what, save, FailureSentences.NotSaved, Saves);
        // The merge dialog's own failures too (it shows and closes on the circuit).
        return await GuardAsync(what, () => merging.SettleAsync(result,
            resolve => GuardAsync(what, resolve, FailureSentences.NotSaved, Saves)), FailureSentences.NotSaved, Saves);
    }

    /// <summary>A change that is not the form's save (cancelling a booking): the same guard, its own words.</summary>
    public Task<SaveResult> ChangeAsync(string what, Func<Task<SaveResult>> change, FailureSentences.Action action) =>
        GuardAsync(what, change, action, Saves);

    /// <summary>
    /// A read a form makes while it is being filled in (guests matching what was typed, the rooms free for the stay):
    /// on failure the form stays as it is and says why, instead of the page stopping.
    /// </summary>
    public Task<LookUp<T>> LookUpAsync<T>(string what, Func<Task<T>> read) =>
        GuardAsync(what, async () => new LookUp<T>(await read(), null), FailureSentences.NotLookedUp,
            new Outcomes<LookUp<T>>(message => new LookUp<T>(default, message), sentence => new LookUp<T>(default, sentence)));

    public Task<DeleteResult> DeleteAsync(string what, Func<Task<DeleteResult>> delete) =>
        GuardAsync(what, delete, FailureSentences.NotDeleted, Deletes);

    private async Task<T> GuardAsync<T>(string what, Func<Task<T>> run, FailureSentences.Action action, Outcomes<T> outcomes)
    {
        try
        {
            return await run();
        }
        // A cancelled read (a search overtaken by the next keystroke) is not a failure; whoever cancelled it handles it.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (DatabaseErrors.Unavailable(exception) is { } why)
            {
                logger.LogWarning(exception, "{Action} {What}: {Reason}", action.Logged, what, why);
                return outcomes.Failed(action.Sentence(why));
            }
            if (DatabaseErrors.Describe(exception) is { } refusal)
            {
                logger.LogWarning(exception, "{Action} {What}: the database refused the values", action.Logged, what);
                return outcomes.Refused(refusal);
            }
            var reference = ErrorReference.New();
            logger.LogError(exception, "{Action} {What}: unexpected error, reference {ErrorReference}", action.Logged, what, reference);
            return outcomes.Failed(action.Sentence(FailureSentences.Unexpected(reference)));
        }
    }

    /// <summary>What was read, or (<see cref="Failure"/> not null) the sentence saying why nothing was.</summary>
    public sealed record LookUp<T>(T? Value, string? Failure);

    private sealed record Outcomes<T>(Func<string, T> Failed, Func<string, T> Refused);
}
