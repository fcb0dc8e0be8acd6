using BookingWeb.Platform.Hosting;
using BookingWeb.Shared;
using MudBlazor;

namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// What every editor does with a save's outcome: while it is a conflict, show the merge dialog and save the user's
/// choices (which may race again and ask again); counts merges and conflicts shown.
/// </summary>
public sealed class MergeFlow(IDialogService dialogs, BookingWebMetrics metrics)
{
    /// <param name="guard">Runs each save of the user's choices (turning what it throws into an outcome).</param>
    /// <returns>The final outcome; still a <see cref="SaveResult.Conflict"/> when the user closed the dialog without saving.</returns>
    public async Task<SaveResult> SettleAsync(SaveResult result, Func<Func<Task<SaveResult>>, Task<SaveResult>> guard)
    {
        while (result is SaveResult.Conflict conflict)
        {
            metrics.ConflictShown();
            if (await MergeDialog.OpenAsync(dialogs, conflict.Merge) is not { } choices) return result;
            result = await guard(() => conflict.ResolveAsync(choices));
        }
        if (result is SaveResult.Merged) metrics.Merged();
        return result;
    }
}
