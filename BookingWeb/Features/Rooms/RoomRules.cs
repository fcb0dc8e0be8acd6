using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Features.Rooms;

/// <summary>What makes a room valid, and what is said about one. Lengths and ranges are the columns' (<see cref="FieldLimits"/>).</summary>
public sealed class RoomRules : RecordRules<Room>
{
    public const string UniqueNumberConstraint = "ux_rooms_number";

    public override ChangeTable Table => ChangeTable.Rooms;
    public override string LoggedNoun => "Room";
    public override string Noun => RoomTexts.MergeNoun;
    public override string AdminsOnly => RoomTexts.OnlyAdmins;

    public override IReadOnlyList<MergedField<Room>> Fields { get; } =
    [
        MergedField<Room>.Of(nameof(Room.Number), () => RoomTexts.MergeNumber, r => r.Number, (r, v) => r.Number = v),
        MergedField<Room>.Of(nameof(Room.Name), () => RoomTexts.MergeName, r => r.Name, (r, v) => r.Name = v),
        MergedField<Room>.Of(nameof(Room.Type), () => RoomTexts.MergeType, r => r.Type, (r, v) => r.Type = v),
        MergedField<Room>.Of(nameof(Room.MaxAdults), () => RoomTexts.MergeMaxAdults, r => r.MaxAdults, (r, v) => r.MaxAdults = v),
        MergedField<Room>.Of(nameof(Room.MaxChildren), () => RoomTexts.MergeMaxChildren, r => r.MaxChildren, (r, v) => r.MaxChildren = v),
        MergedField<Room>.Of(nameof(Room.BaseRate), () => RoomTexts.MergeBaseRate, r => r.BaseRate, (r, v) => r.BaseRate = v),
        MergedField<Room>.Of(nameof(Room.IsActive), () => RoomTexts.MergeActive, r => r.IsActive, (r, v) => r.IsActive = v),
        MergedField<Room>.Of(nameof(Room.Notes), () => RoomTexts.MergeNotes, r => r.Notes, (r, v) => r.Notes = v),
    ];

    /// <summary>"Room 12 · Garden view", in the page's language.</summary>
    public override string NameOf(Room room) => RoomLabel.Of(room.Number, room.Name);

    public override void Normalize(Room room)
    {
        room.Number = room.Number?.Trim() ?? "";
        room.Name = room.Name?.Trim() ?? "";
        room.Notes = string.IsNullOrWhiteSpace(room.Notes) ? null : room.Notes.Trim();
    }

    public override FieldErrors Validate(Room room)
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

    public override async Task<SaveResult.Invalid?> CheckAgainstOthersAsync(BookingDbContext db, Room input, CancellationToken cancellationToken) =>
        await db.Rooms.AnyAsync(r => r.Number == input.Number && r.Id != input.Id, cancellationToken) ? NumberTaken(input.Number) : null;

    public override SaveResult.Invalid? Refusal(PostgresException error, Room input) =>
        error.ConstraintName == UniqueNumberConstraint ? NumberTaken(input.Number) : null;

    public override Task<int> BookingsOfAsync(BookingDbContext db, int id, CancellationToken cancellationToken) =>
        db.Bookings.CountAsync(b => b.RoomId == id, cancellationToken);

    public override string NoLongerExists(Room input) => string.Format(RoomTexts.NoLongerExists, input.Number);
    public override string DeletedWhat(Room input) => string.Format(RoomTexts.DeletedWhat, input.Number);
    public override string ChangedMeanwhile(Room input) => string.Format(RoomTexts.ChangedMeanwhile, input.Number);
    public override string DeleteNotFound => RoomTexts.DeleteNotFound;
    public override string DeleteRaced(Room room) => string.Format(RoomTexts.DeleteRaced, room.Number);
    public override string HasBookings(Room room, int? bookings) => string.Format(RoomTexts.HasBookings, room.Number);

    private static SaveResult.Invalid NumberTaken(string number) =>
        SaveResult.Refuse(nameof(Room.Number), string.Format(RoomTexts.NumberTaken, number));

}
