using BookingWeb.Conflicts;
using BookingWeb.Data;
using BookingWeb.Features.Conflicts;
using BookingWeb.Shared;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace BookingWeb.Features.Bookings;

public partial class BookingEditorPage
{
    [Parameter] public int? Id { get; set; }

    private BookingDraft? _draft;
    private BookingDraft? _original;
    private BookingStatus _savedStatus;
    private BookingFields? _fields;
    private IReadOnlyDictionary<string, string>? _errors;
    private string? _message;
    private bool _loading = true;
    private bool _saving;
    private string? _mergeSummary;
    private MergeConflict? _pendingConflict;
    private string? _deletedMessage;
    private int _loadCount;

    private string Title => _draft is null ? (Id is null ? "New booking" : "Booking")
        : _draft.IsNew ? "New booking" : $"Booking {_draft.ReservationNumber}";

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _errors = null;
        _message = null;
        (_pendingConflict, _deletedMessage) = (null, null);
        _draft = Id is { } id ? await Bookings.LoadAsync(id) : BookingDraft.NewFor(DateOnly.FromDateTime(DateTime.Today));
        _original = _draft?.Copy();
        _savedStatus = _draft?.Status ?? BookingStatus.Confirmed;
        _loadCount++;
        _loading = false;
    }

    private async Task SaveAsync()
    {
        if (_draft is null || _saving) return;
        _saving = true;
        try
        {
            _mergeSummary = null;
            await ShowAsync(await Bookings.SaveAsync(_draft, _original));
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ReviewAsync()
    {
        if (_pendingConflict is { } conflict) await ShowAsync(new SaveResult.Conflict(conflict));
    }

    /// <summary>The live banner's Review: bring the other person's newer save into the form now, settling clashes in the merge dialog.</summary>
    private async Task ReviewTheirChangesAsync()
    {
        if (_draft is null || _original is null) return;
        switch (await Merges.ReviewAsync(_draft, _original))
        {
            case BookingReview.Merged merged:
                (_draft, _original, _mergeSummary) = (merged.Draft, merged.NewOriginal, $"{merged.Summary} Not saved yet: save to keep it.");
                break;
            case BookingReview.Conflicting conflicting:
                if (await MergeDialog.OpenAsync(MudDialogs, conflicting.Conflict) is not { } choices) return;
                (_draft, _original) = BookingMergeService.ApplyReviewChoices(conflicting.Conflict, choices);
                _mergeSummary = "Your choices are in the form. Not saved yet: save to keep them.";
                break;
            case BookingReview.Deleted:
                _deletedMessage = "Someone deleted this booking while you were editing it.";
                return;
        }
        _savedStatus = _original.Status;
        _loadCount++;
    }

    private async Task RecreateAsync()
    {
        if (_draft is null) return;
        await ShowAsync(await Bookings.RecreateAsync(_draft), wasNew: true);
    }

    private async Task ShowAsync(SaveResult result, bool? wasNew = null)
    {
        var isNew = wasNew ?? _draft!.IsNew;
        result = await Merging.SettleAsync(result, (conflict, choices) => Merges.ResolveAsync(conflict, choices));
        _pendingConflict = (result as SaveResult.Conflict)?.Merge;
        switch (result)
        {
            case SaveResult.Merged merged:
                Notifications.Notify(NotificationSeverity.Success, "Booking saved and merged", merged.Summary);
                await OnParametersSetAsync();
                _mergeSummary = merged.Summary;
                break;
            case SaveResult.DeletedMeanwhile deleted:
                _deletedMessage = deleted.Message;
                break;
            case SaveResult.Saved saved:
                Notifications.Notify(NotificationSeverity.Success, isNew ? "Booking created" : "Booking saved");
                if (isNew) Navigation.NavigateTo($"bookings/{saved.Id}");
                else await OnParametersSetAsync();
                break;
            case SaveResult.Invalid invalid:
                ShowRefusal(invalid.Message, invalid.FieldErrors);
                if (_fields is not null) await _fields.ReloadRoomsAsync();
                break;
            case SaveResult.NotFound notFound:
                ShowRefusal(notFound.Message, null);
                break;
        }
    }

    private void ShowRefusal(string message, IReadOnlyDictionary<string, string>? fieldErrors)
    {
        _errors = fieldErrors;
        // A single field's sentence is the whole story: say it at the top too, in the same words.
        _message = fieldErrors is { Count: 1 } ? fieldErrors.Values.Single() : message;
    }

    private async Task CancelBookingAsync()
    {
        if (_draft is null) return;
        if (await Dialogs.Confirm($"Cancel booking {_draft.ReservationNumber}? The room becomes free for these nights.", "Cancel booking",
                new ConfirmOptions { OkButtonText = "Cancel booking", CancelButtonText = "Keep it" }) != true) return;
        switch (await Bookings.CancelAsync(_draft.Id, _draft.Version))
        {
            case SaveResult.Saved:
                Notifications.Notify(NotificationSeverity.Info, $"Booking {_draft.ReservationNumber} cancelled");
                await OnParametersSetAsync();
                break;
            case SaveResult.Invalid invalid: _message = invalid.Message; break;
            case SaveResult.NotFound notFound: _message = notFound.Message; break;
        }
    }

    private async Task DeleteAsync()
    {
        if (_draft is null) return;
        if (await Dialogs.Confirm($"Delete booking {_draft.ReservationNumber} with all its services, discounts and reminders? This cannot be undone.",
                "Delete booking", new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Keep it" }) != true) return;
        switch (await Bookings.DeleteAsync(_draft.Id, _draft.Version))
        {
            case DeleteResult.Deleted or DeleteResult.NotFound:
                Notifications.Notify(NotificationSeverity.Info, $"Booking {_draft.ReservationNumber} deleted");
                Navigation.NavigateTo("bookings");
                break;
            case DeleteResult.Refused refused: _message = refused.Message; break;
        }
    }
}
