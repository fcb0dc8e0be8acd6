using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using static BookingWeb.Tests.Collaboration.Merging.BookingDesks;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>Anna and I save the same booking through the service the editor uses, each in our own scope, on a real PostgreSQL.</summary>
public class BookingServiceMergeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly BookingDesks _desks = new(database);

    public Task InitializeAsync() => _desks.AddStaffAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anna_s_new_check_out_and_my_notes_both_survive_and_i_am_told_what_was_merged()
    {
        var id = await _desks.AddBookingAsync();

        var merged = Assert.IsType<SaveResult.Merged>(await _desks.RaceAsync(id, annas => annas.CheckOut = May3.AddDays(4), mine => mine.Notes = "Late arrival"));

        Assert.Equal("Kept Anna Reception's new check-out date; saved your notes.", merged.Summary);
        var stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal((May3.AddDays(4), "Late arrival", Me.Id), (stored.CheckOut, stored.Notes, stored.UpdatedBy));
    }

    [Fact]
    public async Task Both_changing_the_notes_is_a_conflict_carrying_the_three_values_and_who_saved_theirs()
    {
        var id = await _desks.AddBookingAsync();

        var conflict = await NotesConflictAsync(id);

        var notes = Assert.Single(conflict.Merge.Fields);
        Assert.Equal(("Notes", null, "Anna's notes", "My notes"), (notes.Label, notes.Original, notes.Theirs, notes.Mine));
        Assert.Equal("Anna Reception", conflict.Merge.TheirName);
        Assert.NotNull(conflict.Merge.TheirTime);
        var stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal(("Anna's notes", 1), (stored.Notes, stored.Adults));
    }

    [Fact]
    public async Task A_resolved_conflict_saves_the_typed_value_and_my_other_changes()
    {
        var id = await _desks.AddBookingAsync();
        var conflict = await NotesConflictAsync(id);

        var choices = new Dictionary<MergeKey, FieldChoice> { ["Notes"] = FieldChoice.Custom("Both: early and late") };
        var merged = Assert.IsType<SaveResult.Merged>(await conflict.ResolveAsync(choices));

        Assert.Equal("Saved your adults; used your choice for notes.", merged.Summary);
        var stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal(("Both: early and late", 2), (stored.Notes, stored.Adults));
    }

    [Fact]
    public async Task A_resolution_that_races_yet_another_change_to_the_same_field_asks_again()
    {
        var id = await _desks.AddBookingAsync();
        var conflict = await NotesConflictAsync(id);
        await _desks.AnnaSavesAsync(id, again => again.Notes = "Anna's second thoughts");

        var second = Assert.IsType<SaveResult.Conflict>(
            await conflict.ResolveAsync(new Dictionary<MergeKey, FieldChoice> { ["Notes"] = FieldChoice.Mine }));

        Assert.Equal(("Anna's second thoughts", "My notes"), (second.Merge.Fields.Single().Theirs, second.Merge.Fields.Single().Mine));
        var merged = Assert.IsType<SaveResult.Merged>(
            await second.ResolveAsync(new Dictionary<MergeKey, FieldChoice> { ["Notes"] = FieldChoice.Theirs }));
        Assert.Equal("Saved your adults; used your choice for notes.", merged.Summary);
        var stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal(("Anna's second thoughts", 2), (stored.Notes, stored.Adults));
    }

    [Fact]
    public async Task A_booking_deleted_meanwhile_is_reported_and_can_be_recreated_with_a_new_number()
    {
        var id = await _desks.AddBookingAsync();
        var (annas, _) = await OpenAsync(_desks.AnnasService, id);
        var (mine, original) = await OpenAsync(_desks.MyService, id);
        Assert.IsType<DeleteResult.Deleted>(await _desks.AnnasService.DeleteAsync(id, annas.Version));

        mine.Notes = "Late arrival";
        var deleted = Assert.IsType<SaveResult.DeletedMeanwhile>(await _desks.MyService.SaveAsync(mine, original));
        Assert.Matches(@"^Anna Reception deleted this booking at \d\d:\d\d while you were editing it\.$", deleted.Message);
        var recreated = Assert.IsType<SaveResult.Saved>(await _desks.MyService.RecreateAsync(mine));

        var stored = (await _desks.ReloadAsync(recreated.Id))!;
        Assert.NotEqual(id, recreated.Id);
        Assert.NotEqual(original.ReservationNumber, stored.ReservationNumber);
        Assert.Equal(("Late arrival", May3), (stored.Notes, stored.CheckIn));
    }

    [Fact]
    public async Task Anna_adding_a_service_and_me_adding_a_reminder_and_editing_another_service_all_survive()
    {
        var id = await _desks.AddBookingAsync(null, null, "Breakfast", "Parking");

        var merged = Assert.IsType<SaveResult.Merged>(await _desks.RaceAsync(id, annas =>
        {
            annas.Services.Add(new ServiceLine { Description = "Dog", UnitPrice = 15 });
            annas.Services[0].Quantity = 2;
        }, mine =>
        {
            mine.Reminders.Add(new ReminderLine { DueAt = new DateTime(2027, 5, 2, 9, 0, 0), Text = "Call about arrival" });
            mine.Services[1].UnitPrice = 12;
        }));

        var stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal(["Breakfast×2@10.00", "Parking×1@12.00", "Dog×1@15.00"],
            stored.Services.OrderBy(s => s.Id).Select(s => $"{s.Description}×{s.Quantity:0}@{s.UnitPrice:0.00}"));
        Assert.Equal("Call about arrival", Assert.Single(stored.Reminders).Text);
        Assert.Equal("Kept Anna Reception's changes to service “Breakfast” and new service “Dog”; saved your changes to service “Parking” and new reminder “Call about arrival”.",
            merged.Summary);
    }

    [Fact]
    public async Task A_merge_that_makes_an_overlapping_stay_is_refused_with_the_overlap_sentence_and_nothing_is_lost()
    {
        var (roomA, roomB) = (await _desks.AddRoomAsync(), await _desks.AddRoomAsync());
        var id = await _desks.AddBookingAsync(roomA);
        var other = await _desks.AddBookingAsync(roomB, May3.AddDays(7));
        var otherNumber = (await _desks.ReloadAsync(other))!.ReservationNumber;

        var conflict = Assert.IsType<SaveResult.Conflict>(await _desks.RaceAsync(id,
            annas => annas.RoomId = roomB.Id, mine => (mine.CheckIn, mine.CheckOut) = (May3.AddDays(7), May3.AddDays(9))));

        Assert.Equal($"Room {roomB.Number} is already booked 10–12 May ({otherNumber}).", conflict.Merge.Problem);
        Assert.Equal(["RoomId", "CheckIn", "CheckOut"], conflict.Merge.Fields.Select(f => f.Key));
        var stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal((roomB.Id, May3), (stored.RoomId, stored.CheckIn));

        // Taking back Anna's room change settles it: my dates in the old room.
        var merged = Assert.IsType<SaveResult.Merged>(await conflict.ResolveAsync(
            new Dictionary<MergeKey, FieldChoice> { ["RoomId"] = FieldChoice.Mine }));
        stored = (await _desks.ReloadAsync(id))!;
        Assert.Equal((roomA.Id, May3.AddDays(7)), (stored.RoomId, stored.CheckIn));
        Assert.Equal("Saved your check-in date and check-out date; used your choice for room.", merged.Summary);
    }

    [Fact]
    public async Task A_clash_over_the_room_or_the_guest_shows_room_numbers_and_guest_names_not_ids()
    {
        var (roomA, roomB, roomC) = (await _desks.AddRoomAsync(), await _desks.AddRoomAsync(), await _desks.AddRoomAsync());
        var id = await _desks.AddBookingAsync(roomA);
        var (annasGuest, myGuest) = (await AddGuestAsync("Anton", "Anders"), await AddGuestAsync("Berta", "Brandt"));

        var conflict = Assert.IsType<SaveResult.Conflict>(await _desks.RaceAsync(id,
            annas => (annas.RoomId, annas.GuestId) = (roomB.Id, annasGuest), mine => (mine.RoomId, mine.GuestId) = (roomC.Id, myGuest))).Merge;

        var room = conflict.Fields.Single(f => f.Key == "RoomId");
        Assert.Equal(["Room " + roomA.Number, "Room " + roomB.Number, "Room " + roomC.Number],
            new[] { room.Original, room.Theirs, room.Mine }.Select(room.Display));
        var guest = conflict.Fields.Single(f => f.Key == "GuestId");
        Assert.Equal(["Mia Müller", "Anton Anders", "Berta Brandt"], new[] { guest.Original, guest.Theirs, guest.Mine }.Select(guest.Display));
        Assert.False(room.CanType || guest.CanType);
    }

    [Fact]
    public async Task Deleting_a_booking_anna_just_changed_is_refused_and_says_who_changed_it()
    {
        var id = await _desks.AddBookingAsync();
        var (mine, _) = await OpenAsync(_desks.MyService, id);
        await _desks.AnnaSavesAsync(id, annas => annas.Notes = "VIP");

        var refused = Assert.IsType<DeleteResult.Refused>(await _desks.MyService.DeleteAsync(id, mine.Version));

        Assert.StartsWith("Anna Reception changed this booking at ", refused.Message);
        Assert.NotNull(await _desks.ReloadAsync(id));
    }

    private async Task<int> AddGuestAsync(string firstName, string lastName)
    {
        await using var db = database.CreateContext();
        var guest = new BookingWeb.Platform.Data.Guest { FirstName = firstName, LastName = lastName };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest.Id;
    }

    /// <summary>Anna writes her notes while I write mine and take a second adult: my save is a conflict on the notes.</summary>
    private async Task<SaveResult.Conflict> NotesConflictAsync(int id)
    {
        var result = await _desks.RaceAsync(id, annas => annas.Notes = "Anna's notes", mine => (mine.Notes, mine.Adults) = ("My notes", 2));
        return Assert.IsType<SaveResult.Conflict>(result);
    }
}
