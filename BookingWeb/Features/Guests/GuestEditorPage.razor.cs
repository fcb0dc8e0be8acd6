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
    private GuestForm? _form;

    public override EditorWords Words => new(GuestTexts.EditorTitle, GuestTexts.EditorNew, GuestTexts.EditorNotFound,
        GuestTexts.EditorBackToList, GuestTexts.EditorLoading, GuestTexts.EditorDeleteTitle, GuestTexts.EditorKeep,
        GuestTexts.EditorSaved, GuestTexts.EditorDeleted);
    public override string ListPath => "/guests";

    protected override Task ShowFieldErrorsAsync(IReadOnlyDictionary<string, string> fieldErrors) =>
        _form?.ShowErrorsAsync(fieldErrors) ?? Task.CompletedTask;

    private Task DeleteAsync() => ConfirmAndDeleteAsync(string.Format(GuestTexts.DeleteQuestion, Record!.FullName), Record.FullName);
}
