using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// What the guest and room editors share: open one record (or start a new one) and keep a copy as loaded; save against
/// that copy through its <see cref="RecordStore{TRecord}"/>, settling clashes with someone else's save in the merge
/// dialog; re-create a record deleted meanwhile; delete. A page supplies its words (<see cref="Words"/>, in the page's
/// language) and its form; <see cref="RecordEditorFrame{TRecord}"/> shows the rest.
/// </summary>
public abstract class RecordEditorPage<TRecord> : ComponentBase where TRecord : Entity, new()
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private SavePipeline Saving { get; set; } = default!;
    [Inject] private RecordStore<TRecord> Store { get; set; } = default!;
    [Inject] protected RecordRules<TRecord> Rules { get; private set; } = default!;

    [Parameter] public int? Id { get; set; }

    private TRecord? _original;
    private string? _heading;

    public TRecord? Record { get; private set; }
    public string Heading => _heading ?? Title;

    /// <summary>The form tab's title: "Guest".</summary>
    public string Title => Words.Title;
    public ChangeTable Table => Rules.Table;
    public bool Loading { get; private set; } = true;
    public bool Busy { get; private set; }
    public EditorNotices Notices { get; } = new();

    /// <summary>Counts the times the form took the record as stored (loaded or saved): the changed-elsewhere banner starts over each time.</summary>
    public int LoadCount { get; private set; }

    /// <summary>Whether the form holds changes not saved yet (a save in progress counts as saved).</summary>
    public bool HasUnsavedChanges() => !Busy && Record is not null && !SameValues.As(Copy(Record), _original);

    /// <summary>The headings, toasts and questions about this kind of record, read in the page's language.</summary>
    public abstract EditorWords Words { get; }

    /// <summary>The list the editor came from: "/guests".</summary>
    public abstract string ListPath { get; }

    /// <summary>The page's form, which shows the service's per-field messages beside its fields.</summary>
    protected IRecordForm? Form { get; set; }

    /// <summary>The record as it now stands in the database: just loaded (null when not found) or saved.</summary>
    protected virtual void OnStored(TRecord? record) { }

    protected override async Task OnParametersSetAsync()
    {
        if (Record is not null && Record.Id == (Id ?? 0)) return; // just saved a new record and moved to its address
        Loading = true;
        Notices.Clear();
        Record = Id is { } id ? await Store.GetAsync(id) : new TRecord();
        _original = Copy(Record);
        _heading = Record is null ? Words.NotFound : Id is null ? Words.New : Rules.NameOf(Record);
        LoadCount++;
        OnStored(Record);
        Loading = false;
    }

    public async Task SaveAsync()
    {
        if (Record is null || Busy) return;
        Busy = true;
        Notices.Clear();
        var (record, wasNew) = (Record, Record.Id == 0);
        await ShowAsync(() => Store.SaveAsync(record, wasNew ? null : _original), wasNew);
    }

    /// <summary>The merge banner's Review: opens the merge dialog for a conflict the user put off.</summary>
    public async Task ReviewAsync()
    {
        if (Notices.PendingConflict is { } conflict) await ShowAsync(() => Task.FromResult<SaveResult>(conflict), false);
    }

    /// <summary>The record was deleted meanwhile: save the copy on screen as a new one.</summary>
    public async Task RecreateAsync()
    {
        if (Record is null) return;
        (Record.Id, Record.Version, Notices.DeletedMessage) = (0, 0, null);
        var record = Record;
        await ShowAsync(() => Store.SaveAsync(record), true);
    }

    /// <summary>History's restore: the earlier value goes into the form as an unsaved change, saved (and merged) like any edit.</summary>
    public RestoreOutcome Restore(RestoreRequest request)
    {
        var outcome = HistoryRestore.Apply(Rules.Fields, Record!, request);
        if (outcome.Restored) StateHasChanged();
        return outcome;
    }

    public void Close() => Navigation.NavigateTo(ListPath);

    /// <param name="question">"Delete room 12? This cannot be undone."</param>
    /// <param name="deletedName">What the toast names once it is gone.</param>
    protected async Task ConfirmAndDeleteAsync(string question, string deletedName)
    {
        if (Record is null) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync(Words.DeleteTitle, question, yesText: EditingTexts.Delete, cancelText: Words.Keep);
        if (confirmed != true) return;
        Notices.Message = null;
        var id = Record.Id;
        var result = await Saving.DeleteAsync($"{Rules.LoggedNoun} {id}", () => Store.DeleteAsync(id));
        Notices.Show(result);
        if (result is not DeleteResult.Deleted) return;
        Snackbar.Add(string.Format(Words.Deleted, deletedName), Severity.Success);
        Close();
    }

    private async Task ShowAsync(Func<Task<SaveResult>> save, bool wasNew)
    {
        var current = Record!;
        Busy = true;
        var result = await Saving.SaveAsync(wasNew ? $"a new {Rules.LoggedNoun}" : $"{Rules.LoggedNoun} {current.Id}", save);
        Busy = false;
        Notices.Show(result);
        if (result is SaveResult.Saved or SaveResult.Merged)
        {
            (_original, _heading) = (Copy(current), Rules.NameOf(current));
            LoadCount++;
            OnStored(current);
        }
        switch (result)
        {
            case SaveResult.Merged merged:
                Snackbar.Add(string.Format(EditingTexts.SavedAndMerged, merged.Summary), Severity.Success);
                break;
            case SaveResult.Saved saved:
                Snackbar.Add(string.Format(Words.Saved, Rules.NameOf(current)), Severity.Success);
                if (wasNew) Navigation.NavigateTo($"{ListPath}/{saved.Id}", replace: true);
                break;
            case SaveResult.Invalid invalid:
                if (Form is not null) await Form.ShowErrorsAsync(invalid.FieldErrors);
                break;
        }
    }

    private TRecord? Copy(TRecord? loaded)
    {
        if (loaded is null) return null;
        var copy = new TRecord { Id = loaded.Id, Version = loaded.Version };
        Rules.CopyEditableFields(loaded, copy);
        return copy;
    }
}
