using BookingWeb.Features.Conflicts;
using BookingWeb.Shared;

namespace BookingWeb.Features.Editing;

/// <summary>
/// The one way every editor saves, deletes or cancels: a service call whose outcome the page renders, clashes with
/// someone else's save settled in the merge dialog, and nothing thrown ever escapes. What the services do not turn into
/// an outcome themselves becomes a sentence here — the database unreachable, a value it refused, or "something went
/// wrong (reference …)" with the reference in the log — and the form keeps what was typed, so the same click works
/// again once the cause is gone.
/// </summary>
public sealed class SavePipeline(MergeFlow merging, ILogger<SavePipeline> logger)
{
    /// <param name="what">The record in the log: "guest 12", "a new booking".</param>
    /// <param name="resolve">Saves the user's choices for a clash; null for records that do not merge.</param>
    public async Task<SaveResult> SaveAsync(string what, Func<Task<SaveResult>> save, MergeFlow.Resolver? resolve = null)
    {
        var result = await GuardAsync(what, save, FailureSentences.NotSaved, message => new SaveResult.Failed(message),
            sentence => new SaveResult.Invalid(sentence));
        if (resolve is null) return result;
        try
        {
            return await merging.SettleAsync(result, (conflict, choices) => GuardAsync(what, () => resolve(conflict, choices),
                FailureSentences.NotSaved, message => new SaveResult.Failed(message), sentence => new SaveResult.Invalid(sentence)));
        }
        catch (Exception exception)
        {
            // The merge dialog itself failed to open or close.
            return new SaveResult.Failed(Failure(exception, what, FailureSentences.NotSaved));
        }
    }

    /// <summary>A change that is not the form's save (cancelling a booking): the same guard, its own words.</summary>
    public Task<SaveResult> ChangeAsync(string what, Func<Task<SaveResult>> change, FailureSentences.Action action) =>
        GuardAsync(what, change, action, message => new SaveResult.Failed(message), sentence => new SaveResult.Invalid(sentence));

    public Task<DeleteResult> DeleteAsync(string what, Func<Task<DeleteResult>> delete) =>
        GuardAsync(what, delete, FailureSentences.NotDeleted, message => new DeleteResult.Failed(message),
            sentence => new DeleteResult.Refused(sentence));

    private async Task<T> GuardAsync<T>(string what, Func<Task<T>> run, FailureSentences.Action action, Func<string, T> failed,
        Func<string, T> refused)
    {
        try
        {
            return await run();
        }
        catch (Exception exception) when (DatabaseErrors.Unavailable(exception) is null && DatabaseErrors.Describe(exception) is { } sentence)
        {
            logger.LogWarning(exception, "{Action} {What}: the database refused the values", action.NotDone, what);
            return refused(sentence);
        }
        catch (Exception exception)
        {
            return failed(Failure(exception, what, action));
        }
    }

    private string Failure(Exception exception, string what, FailureSentences.Action action)
    {
        if (DatabaseErrors.Unavailable(exception) is { } why)
        {
            logger.LogWarning(exception, "{Action} {What}: {Reason}", action.NotDone, what, why);
            return action.Sentence(why);
        }
        var reference = ErrorReference.New();
        logger.LogError(exception, "{Action} {What}: unexpected error, reference {ErrorReference}", action.NotDone, what, reference);
        return action.Sentence(FailureSentences.Unexpected(reference));
    }
}
