using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;

namespace BookingWeb.Features.Rooms;

/// <summary>One room's form and its History; saving merges with other people's saves. Admins only.</summary>
public partial class RoomEditorPage : RecordEditorPage<Room>
{
    [Inject] private RoomService Rooms { get; set; } = default!;

    private RoomForm? _form;
    private bool _savedActive;

    public override string Noun => "room";

    public override EditorWords Words => new(RoomTexts.EditorTitle, RoomTexts.EditorNew, RoomTexts.EditorNotFound,
        RoomTexts.EditorBackToList, RoomTexts.EditorLoading, RoomTexts.EditorDeleteTitle, RoomTexts.EditorKeep,
        RoomTexts.EditorSaved, RoomTexts.EditorDeleted);
    public override string ListPath => "/rooms";
    public override string TableName => "rooms";

    /// <summary>"Room 12 · Garden view", in the page's language.</summary>
    protected override string NameOf(Room room) => RoomLabel.Of(room.Number, room.Name);
    protected override Task<Room?> LoadRecordAsync(int id) => Rooms.GetAsync(id);
    protected override Task<SaveResult> SaveRecordAsync(Room room, Room? original) => Rooms.SaveAsync(room, original);

    protected override Task<SaveResult> ResolveRecordAsync(Room room, MergeConflict conflict, IReadOnlyDictionary<string, FieldChoice> choices) =>
        Rooms.ResolveAsync(room, conflict, choices);

    protected override Task<DeleteResult> DeleteRecordAsync(int id) => Rooms.DeleteAsync(id);
    protected override void CopyEditableFields(Room from, Room to) => RoomRules.CopyEditableFields(from, to);
    protected override Task ShowFieldErrorsAsync(IReadOnlyDictionary<string, string> fieldErrors) =>
        _form?.ShowErrorsAsync(fieldErrors) ?? Task.CompletedTask;

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
