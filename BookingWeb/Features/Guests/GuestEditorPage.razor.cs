using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;

namespace BookingWeb.Features.Guests;

/// <summary>One guest's form (with their bookings) and its History; saving merges with other people's saves.</summary>
public partial class GuestEditorPage : RecordEditorPage<Guest>
{
    [Inject] private GuestService Guests { get; set; } = default!;

    private GuestForm? _form;

    public override string Noun => "guest";

    public override EditorWords Words => new(GuestTexts.EditorTitle, GuestTexts.EditorNew, GuestTexts.EditorNotFound,
        GuestTexts.EditorBackToList, GuestTexts.EditorLoading, GuestTexts.EditorDeleteTitle, GuestTexts.EditorKeep,
        GuestTexts.EditorSaved, GuestTexts.EditorDeleted);
    public override string ListPath => "/guests";
    public override string TableName => "guests";

    protected override string NameOf(Guest guest) => guest.FullName;
    protected override Task<Guest?> LoadRecordAsync(int id) => Guests.GetAsync(id);
    protected override Task<SaveResult> SaveRecordAsync(Guest guest, Guest? original) => Guests.SaveAsync(guest, original);

    protected override Task<SaveResult> ResolveRecordAsync(Guest guest, MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices) =>
        Guests.ResolveAsync(guest, conflict, choices);

    protected override Task<DeleteResult> DeleteRecordAsync(int id) => Guests.DeleteAsync(id);
    protected override void CopyEditableFields(Guest from, Guest to) => GuestRules.CopyEditableFields(from, to);
    protected override Task ShowFieldErrorsAsync(IReadOnlyDictionary<string, string> fieldErrors) =>
        _form?.ShowErrorsAsync(fieldErrors) ?? Task.CompletedTask;

    private Task DeleteAsync() => ConfirmAndDeleteAsync(string.Format(GuestTexts.DeleteQuestion, Record!.FullName), Record.FullName);
}
