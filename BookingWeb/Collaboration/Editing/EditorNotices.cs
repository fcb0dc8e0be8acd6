using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// What an editor says after a save or a delete: the sentence above the form, what a merge kept of whose, that the
/// record was deleted meanwhile, and a clash the user put off (the merge banner's Review opens it again).
/// </summary>
public sealed class EditorNotices
{
    public string? Message { get; set; }
    public string? MergeSummary { get; set; }
    public string? DeletedMessage { get; set; }
    public SaveResult.Conflict? PendingConflict { get; private set; }

    public void Clear() => (Message, MergeSummary, DeletedMessage, PendingConflict) = (null, null, null, null);

    /// <summary>Takes in what a save ended in. Following up a save (a toast, a reload, the field errors) is the page's.</summary>
    public void Show(SaveResult result)
    {
        PendingConflict = result as SaveResult.Conflict;
        switch (result)
        {
            case SaveResult.Merged merged: MergeSummary = merged.Summary; break;
            case SaveResult.DeletedMeanwhile deleted: DeletedMessage = deleted.Message; break;
            case SaveResult.Invalid or SaveResult.NotFound or SaveResult.Failed: Message = Problem(result); break;
        }
    }

    /// <summary>The sentence for a save that did not happen (refused, gone, failed); null when it did, or when it asks the user.</summary>
    public static string? Problem(SaveResult result) => result switch
    {
        // A single field's sentence is the whole story: say it at the top too, in the same words.
        SaveResult.Invalid invalid => invalid.FieldErrors is { Count: 1 } ? invalid.FieldErrors.Values.Single() : invalid.Message,
        SaveResult.NotFound notFound => notFound.Message,
        SaveResult.Failed failed => failed.Message,
        SaveResult.DeletedMeanwhile deleted => deleted.Message,
        _ => null,
    };

    /// <summary>Takes in why a delete did not happen; a done delete leaves the page.</summary>
    public void Show(DeleteResult result) => Message = result switch
    {
        DeleteResult.Refused refused => refused.Message,
        DeleteResult.NotFound notFound => notFound.Message,
        DeleteResult.Failed failed => failed.Message,
        _ => Message,
    };
}
