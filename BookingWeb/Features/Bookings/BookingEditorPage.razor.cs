using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BookingWeb.Features.Bookings;

public partial class BookingEditorPage
{
    private static readonly DialogOptions ConfirmOptions = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.ExtraSmall };

    [Parameter] public int? Id { get; set; }

    private BookingDraft? _draft;
    private BookingDraft? _original;
    private BookingStatus _savedStatus;
    private BookingFields? _fields;
    private MudForm? _form;
    private readonly FieldChecks<BookingDraft> _checks;
    private readonly TypedInput.Unread _unread = new();
    private string? _message;
    private bool _loading = true;
    private bool _saving;
    private string? _mergeSummary;
    private MergeConflict? _pendingConflict;
    private string? _deletedMessage;
    private int _loadCount;

    public BookingEditorPage() => _checks = new FieldChecks<BookingDraft>(BookingValidator.CheckAsTyped, () => _draft)
    {
        ValidateForm = () => _form?.ValidateAsync() ?? Task.CompletedTask,
    };

    // A save in progress counts as saved: the new booking's move to its own address asks nothing.
    private bool HasUnsavedChanges() => !_saving && _draft is not null && !SameValues.As(_draft, _original);

    private string Title => _draft is null ? (Id is null ? BookingTexts.NewBooking : BookingTexts.BookingFormTitle)
        : _draft.IsNew ? BookingTexts.NewBooking : string.Format(BookingTexts.BookingNumbered, _draft.ReservationNumber);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _checks.Clear();
        _message = null;
        (_pendingConflict, _deletedMessage) = (null, null);
        _draft = Id is { } id ? await Bookings.LoadAsync(id) : BookingDraft.NewFor(Clock.Today);
        _original = _draft?.Copy();
        _savedStatus = _draft?.Status ?? BookingStatus.Confirmed;
        _loadCount++;
        _loading = false;
    }

    private async Task SaveAsync()
    {
        if (_draft is null || _saving || await HoldsUnsentTextAsync()) return;
        _saving = true;
        try
        {
            (_mergeSummary, _message) = (null, null);
            var (draft, original) = (_draft, _original);
            await ShowAsync(() => Bookings.SaveAsync(draft, original));
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ReviewAsync()
    {
        if (_pendingConflict is { } conflict) await ShowAsync(() => Task.FromResult<SaveResult>(new SaveResult.Conflict(conflict)));
    }

    /// <summary>The live banner's Review: bring the other person's newer save into the form now, settling clashes in the merge dialog.</summary>
    private async Task ReviewTheirChangesAsync()
    {
        if (_draft is null || _original is null) return;
        switch (await Merges.ReviewAsync(_draft, _original))
        {
            case BookingReview.Merged merged:
                (_draft, _original, _mergeSummary) = (merged.Draft, merged.NewOriginal, string.Format(BookingTexts.MergedNotSavedYet, merged.Summary));
                break;
            case BookingReview.Conflicting conflicting:
                if (await MergeDialog.OpenAsync(Dialogs, conflicting.Conflict) is not { } choices) return;
                (_draft, _original) = BookingMergeService.ApplyReviewChoices(conflicting.Conflict, choices);
                _mergeSummary = BookingTexts.ChoicesNotSavedYet;
                break;
            case BookingReview.Deleted:
                _deletedMessage = BookingTexts.DeletedWhileEditing;
                return;
        }
        _savedStatus = _original.Status;
        _loadCount++;
    }

    private async Task RecreateAsync()
    {
        if (_draft is null || _saving) return;
        _saving = true;
        try
        {
            var draft = _draft;
            await ShowAsync(() => Bookings.RecreateAsync(draft), wasNew: true);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowAsync(Func<Task<SaveResult>> save, bool? wasNew = null)
    {
        var isNew = wasNew ?? _draft!.IsNew;
        var result = await Saving.SaveAsync(isNew ? "a new booking" : $"booking {_draft!.Id}", save,
            (conflict, choices) => Merges.ResolveAsync(conflict, choices));
        _pendingConflict = (result as SaveResult.Conflict)?.Merge;
        switch (result)
        {
            case SaveResult.Merged merged:
                Snackbar.Add(string.Format(BookingTexts.SavedAndMerged, merged.Summary), Severity.Success);
                await OnParametersSetAsync();
                _mergeSummary = merged.Summary;
                break;
            case SaveResult.DeletedMeanwhile deleted:
                _deletedMessage = deleted.Message;
                break;
            case SaveResult.Saved saved:
                Snackbar.Add(isNew ? BookingTexts.BookingCreated
                    : Cancelling ? string.Format(BookingTexts.BookingCancelled, _draft!.ReservationNumber) : BookingTexts.BookingSaved, Severity.Success);
                if (isNew) Navigation.NavigateTo($"bookings/{saved.Id}");
                else await OnParametersSetAsync();
                break;
            case SaveResult.Invalid invalid:
                await ShowRefusalAsync(invalid.Message, invalid.FieldErrors);
                if (_fields is not null) await _fields.ReloadRoomsAsync();
                break;
            case SaveResult.NotFound notFound:
                await ShowRefusalAsync(notFound.Message, null);
                break;
            case SaveResult.Failed failed:
                _message = failed.Message;
                break;
        }
    }

    private async Task ShowRefusalAsync(string message, IReadOnlyDictionary<string, string>? fieldErrors)
    {
        // A single field's sentence is the whole story: say it at the top too, in the same words.
        _message = fieldErrors is { Count: 1 } ? fieldErrors.Values.Single() : message;
        _checks.Refuse(_draft!, fieldErrors ?? new Dictionary<string, string>());
        if (_form is not null) await _form.ValidateAsync();
    }

    private bool Cancelling => _draft?.Status == BookingStatus.Cancelled && _savedStatus != BookingStatus.Cancelled;

    /// <summary>
    /// Saves the form as it stands, cancelled: a note typed just before ("Guest phoned, flight cancelled") belongs to the
    /// cancellation, so it is saved with it (the question says so) rather than lost or asked about a second time.
    /// </summary>
    private async Task CancelBookingAsync()
    {
        if (_draft is null) return;
        var question = string.Format(BookingTexts.CancelQuestion, _draft.ReservationNumber);
        if (HasUnsavedChanges()) question += " " + BookingTexts.CancelSavesChanges;
        if (await Dialogs.ShowMessageBoxAsync(BookingTexts.CancelBooking, question,
                yesText: BookingTexts.CancelBooking, cancelText: BookingTexts.KeepIt, options: ConfirmOptions) != true) return;
        var status = _draft.Status;
        _draft.Status = BookingStatus.Cancelled;
        await SaveAsync();
        if (_draft is not null && _savedStatus != BookingStatus.Cancelled) _draft.Status = status; // not cancelled: the form as it was
    }

    /// <summary>
    /// Text the browser kept back (too long to send), or a number or date that does not read, is not in the draft: saving
    /// now would save the old value.
    /// </summary>
    private async Task<bool> HoldsUnsentTextAsync()
    {
        if (_unread.Any) _message = BookingTexts.HoldsUnreadInput;
        else if (_checks.HoldsUnsentText) _message = BookingTexts.HoldsUnsentText;
        else return false;
        if (_form is not null) await _form.ValidateAsync();
        return true;
    }

    private async Task DeleteAsync()
    {
        if (_draft is null) return;
        if (await Dialogs.ShowMessageBoxAsync(BookingTexts.DeleteBookingTitle, string.Format(BookingTexts.DeleteQuestion, _draft.ReservationNumber),
                yesText: BookingTexts.Delete, cancelText: BookingTexts.KeepIt, options: ConfirmOptions) != true) return;
        _message = null;
        var (id, version) = (_draft.Id, _draft.Version);
        switch (await Saving.DeleteAsync($"booking {id}", () => Bookings.DeleteAsync(id, version)))
        {
            case DeleteResult.Deleted or DeleteResult.NotFound:
                Snackbar.Add(string.Format(BookingTexts.BookingDeleted, _draft.ReservationNumber), Severity.Info);
                Navigation.NavigateTo("bookings");
                break;
            case DeleteResult.Refused refused: _message = refused.Message; break;
            case DeleteResult.Failed failed: _message = failed.Message; break;
        }
    }
}
