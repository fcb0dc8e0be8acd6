using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;

namespace BookingWeb.Features.Guests;

/// <summary>One guest's form (with their bookings) and its History; saving merges with other people's saves.</summary>
public partial class GuestEditorPage : RecordEditorPage<Guest>
{
    [Inject] private GuestService Guests { get; set; } = default!;
    [Inject] private SavePipeline Saving { get; set; } = default!;

    /// <summary>Guests on file that the new guest likely is, shown before it is saved; null once answered.</summary>
    private IReadOnlyList<GuestOption>? _duplicates;

    public override EditorWords Words => new(GuestTexts.EditorTitle, GuestTexts.EditorNew, GuestTexts.EditorNotFound,
        GuestTexts.EditorBackToList, GuestTexts.EditorLoading, GuestTexts.EditorDeleteTitle, GuestTexts.EditorKeep,
        GuestTexts.EditorSaved, GuestTexts.EditorDeleted);
    public override string ListPath => "/guests";

    /// <summary>A new guest is first compared with the guests on file; a likely duplicate waits for the user's answer.</summary>
    private async Task SaveCheckedAsync()
    {
        if (Record is { Id: 0 } && !Busy)
        {
            _duplicates = await DuplicateGuestWarning.FindAsync(Saving, Guests, Record);
            if (_duplicates.Count > 0) return;
        }
        await SaveAsync();
    }

    private async Task CreateAnywayAsync()
    {
        _duplicates = null;
        await SaveAsync();
    }

    private Task DeleteAsync() => ConfirmAndDeleteAsync(string.Format(GuestTexts.DeleteQuestion, Record!.FullName), Record.FullName);
}
