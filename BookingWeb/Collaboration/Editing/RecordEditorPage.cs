using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// What the guest and room editors share: open one record (or start a new one) and keep a copy as loaded; save against
/// that copy, settling clashes with someone else's save in the merge dialog; re-create a record deleted meanwhile;
/// delete. A page supplies its service calls and words (<see cref="Words"/>, in the page's language);
/// <see cref="RecordEditorFrame{TRecord}"/> shows the rest.
/// </summary>
public abstract class RecordEditorPage<TRecord> : ComponentBase where TRecord : Entity, new()
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private SavePipeline Saving { get; set; } = default!;

    [Parameter] public int? Id { get; set; }

    private TRecord? _original;
    private string? _heading;

    public TRecord? Record { get; private set; }
    public string Heading => _heading ?? Title;

    /// <summary>The form tab's title: "Guest".</summary>
    public string Title => Words.Title;
    public bool Loading { get; private set; } = true;
    public bool Busy { get; private set; }
    public string? Message { get; private set; }
    public string? MergeSummary { get; private set; }
    public string? DeletedMessage { get; private set; }
    public MergeConflict? PendingConflict { get; private set; }

    /// <summary>Whether the form holds changes not saved yet (a save in progress counts as saved).</summary>
    public bool HasUnsavedChanges() => !Busy && Record is not null && !SameValues.As(Copy(Record), _original);

    /// <summary>What one record is called in the log (English, for the operator): "guest".</summary>
    public abstract string Noun { get; }

    /// <summary>The headings, toasts and questions about this kind of record, read in the page's language.</summary>
    public abstract EditorWords Words { get; }

    /// <summary>The list the editor came from: "/guests".</summary>
    public abstract string ListPath { get; }

    /// <summary>The record's table in the database (and the audit log): "guests".</summary>
    public abstract string TableName { get; }

    protected abstract string NameOf(TRecord record);
    protected abstract Task<TRecord?> LoadRecordAsync(int id);
    protected abstract Task<SaveResult> SaveRecordAsync(TRecord record, TRecord? original);
    protected abstract Task<SaveResult> ResolveRecordAsync(TRecord record, MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices);
    protected abstract Task<DeleteResult> DeleteRecordAsync(int id);
    protected abstract void CopyEditableFields(TRecord from, TRecord to);

    /// <summary>Shows the service's per-field messages beside the form's fields.</summary>
    protected abstract Task ShowFieldErrorsAsync(IReadOnlyDictionary<string, string> fieldErrors);

    /// <summary>The record as it now stands in the database: just loaded (null when not found) or saved.</summary>
    protected virtual void OnStored(TRecord? record) { }

    protected override async Task OnParametersSetAsync()
    {
        if (Record is not null && Record.Id == (Id ?? 0)) return; // just saved a new record and moved to its address
        (Loading, Message) = (true, null);
        Record = Id is { } id ? await LoadRecordAsync(id) : new TRecord();
        _original = Copy(Record);
        _heading = Record is null ? Words.NotFound : Id is null ? Words.New : NameOf(Record);
        OnStored(Record);
        Loading = false;
    }

    public async Task SaveAsync()
    {
        if (Record is null || Busy) return;
        (Busy, Message) = (true, null);
        var wasNew = Record.Id == 0;
        (MergeSummary, DeletedMessage) = (null, null);
        var record = Record;
        await ShowAsync(() => SaveRecordAsync(record, wasNew ? null : _original), wasNew);
    }

    /// <summary>The merge banner's Review: opens the merge dialog for a conflict the user put off.</summary>
    public async Task ReviewAsync()
    {
        if (PendingConflict is { } conflict) await ShowAsync(() => Task.FromResult<SaveResult>(new SaveResult.Conflict(conflict)), false);
    }

    /// <summary>The record was deleted meanwhile: save the copy on screen as a new one.</summary>
    public async Task RecreateAsync()
    {
        if (Record is null) return;
        (Record.Id, Record.Version, DeletedMessage) = (0, 0, null);
        var record = Record;
        await ShowAsync(() => SaveRecordAsync(record, null), true);
    }

    public void Close() => Navigation.NavigateTo(ListPath);

    /// <param name="question">"Delete room 12? This cannot be undone."</param>
    /// <param name="deletedName">What the toast names once it is gone.</param>
    protected async Task ConfirmAndDeleteAsync(string question, string deletedName)
    {
        if (Record is null) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync(Words.DeleteTitle, question, yesText: EditingTexts.Delete, cancelText: Words.Keep);
        if (confirmed != true) return;
        Message = null;
        var id = Record.Id;
        switch (await Saving.DeleteAsync($"{Noun} {id}", () => DeleteRecordAsync(id)))
        {
            case DeleteResult.Deleted:
                Snackbar.Add(string.Format(Words.Deleted, deletedName), Severity.Success);
                Close();
                break;
            case DeleteResult.Refused refused:
                Message = refused.Message;
                break;
            case DeleteResult.NotFound notFound:
                Message = notFound.Message;
                break;
            case DeleteResult.Failed failed:
                Message = failed.Message;
                break;
        }
    }

    private async Task ShowAsync(Func<Task<SaveResult>> save, bool wasNew)
    {
        var current = Record!;
        Busy = true;
        var result = await Saving.SaveAsync(wasNew ? $"a new {Noun}" : $"{Noun} {current.Id}", save,
            (conflict, choices) => ResolveRecordAsync(current, conflict, choices));
        Busy = false;
        PendingConflict = (result as SaveResult.Conflict)?.Merge;
        if (result is SaveResult.Saved or SaveResult.Merged)
        {
            (_original, _heading) = (Copy(current), NameOf(current));
            OnStored(current);
        }
        switch (result)
        {
            case SaveResult.Merged merged:
                MergeSummary = merged.Summary;
                Snackbar.Add(string.Format(EditingTexts.SavedAndMerged, merged.Summary), Severity.Success);
                break;
            case SaveResult.DeletedMeanwhile deleted:
                DeletedMessage = deleted.Message;
                break;
            case SaveResult.Saved saved:
                Snackbar.Add(string.Format(Words.Saved, NameOf(current)), Severity.Success);
                if (wasNew) Navigation.NavigateTo($"{ListPath}/{saved.Id}", replace: true);
                break;
            case SaveResult.Invalid invalid:
                Message = invalid.Message;
                await ShowFieldErrorsAsync(invalid.FieldErrors);
                break;
            case SaveResult.NotFound notFound:
                Message = notFound.Message;
                break;
            case SaveResult.Failed failed:
                Message = failed.Message;
                break;
        }
    }

    private TRecord? Copy(TRecord? loaded)
    {
        if (loaded is null) return null;
        var copy = new TRecord { Id = loaded.Id, Version = loaded.Version };
        CopyEditableFields(loaded, copy);
        return copy;
    }
}
