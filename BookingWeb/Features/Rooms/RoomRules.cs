using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Features.Rooms;

/// <summary>What makes a room valid. Lengths and ranges are the columns' (<see cref="FieldLimits"/>).</summary>
internal static class RoomRules
{
    public const string UniqueNumberConstraint = "ux_rooms_number";

    public static void Normalize(Room room)
    {
        room.Number = room.Number?.Trim() ?? "";
        room.Name = room.Name?.Trim() ?? "";
        room.Notes = string.IsNullOrWhiteSpace(room.Notes) ? null : room.Notes.Trim();
    }

    public static FieldErrors Validate(Room room)
    {
        var errors = new FieldErrors();
        errors.Require(room.Number, nameof(Room.Number), RoomTexts.RoomNumber);
        errors.Text(room.Number, FieldLimits.Rooms.Number, nameof(Room.Number), RoomTexts.RoomNumber);
        errors.Text(room.Name, FieldLimits.Rooms.Name, nameof(Room.Name), RoomTexts.Name);
        errors.Range(room.MaxAdults, 1, FieldLimits.MaxPartySize, nameof(Room.MaxAdults), RoomTexts.MaxAdults);
        errors.Range(room.MaxChildren, 0, FieldLimits.MaxPartySize, nameof(Room.MaxChildren), RoomTexts.MaxChildren);
        errors.Money(room.BaseRate, nameof(Room.BaseRate), RoomTexts.BaseRateSubject);
        errors.Text(room.Notes, FieldLimits.Rooms.Notes, nameof(Room.Notes), RoomTexts.Notes);
        return errors;
    }

    public static SaveResult.Invalid NumberTaken(string number) =>
        SaveResult.Refuse(nameof(Room.Number), string.Format(RoomTexts.NumberTaken, number));

    /// <summary>The rules on the room as the service will see it (trimmed), for a form's fields as typed.</summary>
    public static IReadOnlyDictionary<string, string> CheckAsTyped(Room typed)
    {
        var room = new Room();
        CopyEditableFields(typed, room);
        Normalize(room);
        return Validate(room).ToResult().FieldErrors;
    }

    public static void CopyEditableFields(Room from, Room to)
    {
        to.Number = from.Number;
        to.Name = from.Name;
        to.Type = from.Type;
        to.MaxAdults = from.MaxAdults;
        to.MaxChildren = from.MaxChildren;
        to.BaseRate = from.BaseRate;
        to.IsActive = from.IsActive;
        to.Notes = from.Notes;
    }
}
