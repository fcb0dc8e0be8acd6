using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Texts;

namespace BookingWeb.Features.Rooms;

/// <summary>One room's form and its History; saving merges with other people's saves. Admins only.</summary>
public partial class RoomEditorPage : RecordEditorPage<Room>
{
    private bool _savedActive;

    public override EditorWords Words => new(RoomTexts.EditorTitle, RoomTexts.EditorNew, RoomTexts.EditorNotFound,
        RoomTexts.EditorBackToList, RoomTexts.EditorLoading, RoomTexts.EditorDeleteTitle, RoomTexts.EditorKeep,
        RoomTexts.EditorSaved, RoomTexts.EditorDeleted);
    public override string ListPath => "/rooms";

    /// <summary>The Deactivate/Activate button speaks of the saved state, not of the unsaved form.</summary>
    protected override void OnStored(Room? room) => _savedActive = room?.IsActive ?? false;

    /// <summary>Deactivate/Activate flips the switch and saves, so edits in the form are saved with it, not lost.</summary>
    private async Task ToggleActiveAsync()
    {
        if (Record is null) return;
        Record.IsActive = !_savedActive;
        await SaveAsync();
    }

    private Task DeleteAsync() => ConfirmAndDeleteAsync(string.Format(RoomTexts.DeleteQuestion, Record!.Number), RoomLabel.Of(Record.Number));
}
