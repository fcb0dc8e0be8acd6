using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Texts;

namespace BookingWeb.Features.Guests;

/// <summary>One guest's form (with their bookings) and its History; saving merges with other people's saves.</summary>
public partial class GuestEditorPage : RecordEditorPage<Guest>
{
    public override EditorWords Words => new(GuestTexts.EditorTitle, GuestTexts.EditorNew, GuestTexts.EditorNotFound,
        GuestTexts.EditorBackToList, GuestTexts.EditorLoading, GuestTexts.EditorDeleteTitle, GuestTexts.EditorKeep,
        GuestTexts.EditorSaved, GuestTexts.EditorDeleted);
    public override string ListPath => "/guests";

    private Task DeleteAsync() => ConfirmAndDeleteAsync(string.Format(GuestTexts.DeleteQuestion, Record!.FullName), Record.FullName);
}
