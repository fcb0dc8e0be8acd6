using BookingWeb.Collaboration.History;
using System.Globalization;
using BookingWeb.Features.Rooms;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Features.Bookings.Editor;

public partial class BookingEditorPage
{
    private static readonly DialogOptions ConfirmOptions = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.ExtraSmall };

    [Parameter] public int? Id { get; set; }

    /// <summary>A new booking started from the tape chart's empty nights: <c>?room=5&amp;checkIn=2026-12-03&amp;checkOut=2026-12-05</c>.</summary>
    [SupplyParameterFromQuery(Name = "room")] public int? StartRoom { get; set; }
    [SupplyParameterFromQuery(Name = "checkIn")] public string? StartCheckIn { get; set; }
    [SupplyParameterFromQuery(Name = "checkOut")] public string? StartCheckOut { get; set; }

    [Inject] private RoomService Rooms { get; set; } = null!;

    private BookingDraft? _draft;
    private BookingDraft? _original;
    private BookingStatus _savedStatus;
    private BookingFields? _fields;
    private MudForm? _form;
    private readonly FieldChecks<BookingDraft> _checks;
    private readonly TypedInput.Unread _unread = new();
    private readonly EditorNotices _notices = new();
    private bool _loading = true;
    private bool _saving;
    private int _loadCount;
    private DeskAction? _deskAction;

    public BookingEditorPage() => _checks = new FieldChecks<BookingDraft>(BookingValidator.CheckAsTyped, () => _draft)
    {
        ValidateForm = () => _form?.ValidateAsync() ?? Task.CompletedTask,
    };

    /// <summary>History's restore: the earlier value goes into the form unsaved; Save merges it like any edit.</summary>
    private RestoreOutcome Restore(RestoreRequest request)
    {
        var outcome = HistoryRestore.Apply(BookingMerge.Fields, _draft!, request);
        if (outcome.Restored) StateHasChanged();
        return outcome;
    }

    // A save in progress counts as saved: the new booking's move to its own address asks nothing.
    private bool HasUnsavedChanges() => !_saving && _draft is not null && !SameValues.As(_draft, _original);

    private string Title => _draft is null ? (Id is null ? BookingTexts.NewBooking : BookingTexts.BookingFormTitle)
        : _draft.IsNew ? BookingTexts.NewBooking : string.Format(BookingTexts.BookingNumbered, _draft.ReservationNumber);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _checks.Clear();
        _notices.Clear();
        _draft = Id is { } id ? await Bookings.LoadAsync(id) : await NewDraftAsync();
        _original = _draft?.Copy();
        _savedStatus = _draft?.Status ?? BookingStatus.Confirmed;
        _loadCount++;
        _loading = false;
    }

    /// <summary>Tonight for one night, or the room and nights the tape chart was asked for (a room that cannot be booked is left to choose).</summary>
    private async Task<BookingDraft> NewDraftAsync()
    {
        var draft = BookingDraft.NewFor(Clock.Today);
        if (IsoDate(StartCheckIn) is { } checkIn && IsoDate(StartCheckOut) is { } checkOut && checkIn < checkOut)
            (draft.CheckIn, draft.CheckOut) = (checkIn, checkOut);
        if (StartRoom is { } roomId && await Saving.LookUpAsync("the room asked for", () => Rooms.GetAsync(roomId)) is { Value: { IsActive: true } room })
            (draft.RoomId, draft.RatePerNight) = (room.Id, room.BaseRate);
        return draft;
    }

    private static DateOnly? IsoDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private async Task SaveAsync()
    {
        if (_draft is null || _saving || await HoldsUnsentTextAsync()) return;
        _saving = true;
        try
        {
            _notices.Clear();
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
        if (_notices.PendingConflict is { } conflict) await ShowAsync(() => Task.FromResult<SaveResult>(conflict));
    }

    /// <summary>The live banner's Review: bring the other person's newer save into the form now, settling clashes in the merge dialog.</summary>
    private async Task ReviewTheirChangesAsync()
    {
        if (_draft is null || _original is null) return;
        switch (await Merges.ReviewAsync(_draft, _original))
        {
            case BookingReview.Merged merged:
                (_draft, _original, _notices.MergeSummary) = (merged.Draft, merged.NewOriginal, string.Format(BookingTexts.MergedNotSavedYet, merged.Summary));
                break;
            case BookingReview.Conflicting conflicting:
                if (await MergeDialog.OpenAsync(Dialogs, conflicting.Conflict) is not { } choices) return;
                (_draft, _original) = conflicting.Apply(choices);
                _notices.MergeSummary = BookingTexts.ChoicesNotSavedYet;
                break;
            case BookingReview.Deleted:
                _notices.DeletedMessage = BookingTexts.DeletedWhileEditing;
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
        var result = await Saving.SaveAsync(isNew ? "a new booking" : $"booking {_draft!.Id}", save);
        switch (result)
        {
            case SaveResult.Merged merged:
                Snackbar.Add(string.Format(BookingTexts.SavedAndMerged, merged.Summary), Severity.Success);
                await OnParametersSetAsync();
                break;
            case SaveResult.Saved saved:
                Snackbar.Add(isNew ? BookingTexts.BookingCreated
                    : _deskAction is { } desk ? desk.Done(_draft!.ReservationNumber ?? "", _draft.Totals?.BalanceDue ?? 0)
                    : Cancelling ? string.Format(BookingTexts.BookingCancelled, _draft!.ReservationNumber) : BookingTexts.BookingSaved, Severity.Success);
                if (isNew) Navigation.NavigateTo($"bookings/{saved.Id}");
                else await OnParametersSetAsync();
                break;
            case SaveResult.Invalid or SaveResult.NotFound:
                _checks.Refuse(_draft!, (result as SaveResult.Invalid)?.FieldErrors ?? new Dictionary<string, string>());
                if (_form is not null) await _form.ValidateAsync();
                if (result is SaveResult.Invalid && _fields is not null) await _fields.ReloadRoomsAsync();
                break;
        }
        _notices.Show(result);
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

    /// <summary>What the desk can do with the booking as saved, today (check in, check out, no-show).</summary>
    private IReadOnlyList<DeskAction> DeskActionsNow => _original is { CheckIn: { } checkIn, CheckOut: { } checkOut }
        ? DeskActions.For(_savedStatus, checkIn, checkOut, Clock.Today) : [];

    /// <summary>"Check out (€120.00 open)": the amount still open is in sight before the click.</summary>
    private string DeskLabel(DeskAction action) => action == DeskAction.CheckOut && _draft?.Totals?.BalanceDue is > 0 and var open
        ? $"{action.Label()} ({string.Format(BookingTexts.DeskOpenAmount, open.ToString("C"))})" : action.Label();

    /// <summary>Check in, check out or no-show: saves the form as it stands with the new status, like Cancel booking.</summary>
    private async Task DeskActionAsync(DeskAction action)
    {
        if (_draft is null) return;
        var status = _draft.Status;
        (_draft.Status, _deskAction) = (action.Status(), action);
        try
        {
            await SaveAsync();
        }
        finally
        {
            _deskAction = null;
        }
        if (_draft is not null && _savedStatus != action.Status()) _draft.Status = status; // not saved: the form as it was
    }

    /// <summary>
    /// Text the browser kept back (too long to send), or a number or date that does not read, is not in the draft: saving
    /// now would save the old value.
    /// </summary>
    private async Task<bool> HoldsUnsentTextAsync()
    {
        if (_unread.Any) _notices.Message = BookingTexts.HoldsUnreadInput;
        else if (_checks.HoldsUnsentText) _notices.Message = BookingTexts.HoldsUnsentText;
        else return false;
        if (_form is not null) await _form.ValidateAsync();
        return true;
    }

    private async Task DeleteAsync()
    {
        if (_draft is null) return;
        if (await Dialogs.ShowMessageBoxAsync(BookingTexts.DeleteBookingTitle, string.Format(BookingTexts.DeleteQuestion, _draft.ReservationNumber),
                yesText: BookingTexts.Delete, cancelText: BookingTexts.KeepIt, options: ConfirmOptions) != true) return;
        _notices.Message = null;
        var (id, version) = (_draft.Id, _draft.Version);
        var result = await Saving.DeleteAsync($"booking {id}", () => Bookings.DeleteAsync(id, version));
        if (result is not (DeleteResult.Deleted or DeleteResult.NotFound))
        {
            _notices.Show(result);
            return;
        }
        Snackbar.Add(string.Format(BookingTexts.BookingDeleted, _draft.ReservationNumber), Severity.Info);
        Navigation.NavigateTo("bookings");
    }
}
