using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>A stay moved on the tape chart saves like the editor's save: audited, refused on overlap, merged when it raced.</summary>
public class StayMoveTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Day = TestHotel.Today.AddDays(30);
    private readonly BookingService _bookings = new(database.ContextFactory, TestHotel.Clock(), NullLogger<BookingService>.Instance);

    [Fact]
    public async Task A_stay_dropped_in_another_room_on_other_nights_is_saved_and_in_the_history()
    {
        var (stay, placed) = await BookAsync("M1", Day, 2);
        var other = await RoomAsync("M2");

        var to = new StayPlace(other, Day.AddDays(3), Day.AddDays(6));
        Assert.IsType<SaveResult.Saved>(await _bookings.MoveAsync(await MoveAsync(stay, placed, to)));

        var moved = (await _bookings.LoadAsync(stay))!;
        Assert.Equal((other, Day.AddDays(3), Day.AddDays(6)), (moved.RoomId!.Value, moved.CheckIn!.Value, moved.CheckOut!.Value));
        await using var db = database.CreateContext();
        var entry = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, stay, 5)).First();
        Assert.Equal(other.ToString(), entry.NewText("room_id"));
    }

    [Fact]
    public async Task A_drop_onto_another_stay_is_refused_with_the_overlap_sentence_and_nothing_changes()
    {
        var (first, firstPlace) = await BookAsync("M3", Day, 2);
        var (second, secondPlace) = await BookAsync("M4", Day.AddDays(5), 2);

        var onto = firstPlace with { CheckIn = Day.AddDays(1), CheckOut = Day.AddDays(3) };
        var refused = Assert.IsType<SaveResult.Invalid>(await _bookings.MoveAsync(await MoveAsync(second, secondPlace, onto)));

        Assert.StartsWith("Room M3 is already booked", EditorNoticesProblem(refused));
        var unmoved = (await _bookings.LoadAsync(second))!;
        Assert.Equal((secondPlace.RoomId, secondPlace.CheckIn), (unmoved.RoomId!.Value, unmoved.CheckIn!.Value));
        Assert.Equal(firstPlace.CheckIn, (await _bookings.LoadAsync(first))!.CheckIn);
    }

    [Fact]
    public async Task A_move_made_on_a_stale_chart_keeps_the_change_someone_made_meanwhile_to_other_fields()
    {
        var (stay, placed) = await BookAsync("M5", Day, 2);
        var seen = await MoveAsync(stay, placed, placed with { CheckOut = Day.AddDays(4) });
        var someoneElse = (await _bookings.LoadAsync(stay))!;
        var theirOriginal = someoneElse.Copy();
        someoneElse.Notes = "Late arrival";
        Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(someoneElse, theirOriginal));

        Assert.IsType<SaveResult.Saved>(await _bookings.MoveAsync(seen));

        var both = (await _bookings.LoadAsync(stay))!;
        Assert.Equal((Day.AddDays(4), "Late arrival"), (both.CheckOut!.Value, both.Notes));
    }

    [Fact]
    public async Task A_move_of_a_stay_someone_just_moved_elsewhere_asks_whose_dates_win()
    {
        var (stay, placed) = await BookAsync("M6", Day, 2);
        var seen = await MoveAsync(stay, placed, placed with { CheckIn = Day.AddDays(1), CheckOut = Day.AddDays(3) });
        Assert.IsType<SaveResult.Saved>(await _bookings.MoveAsync(seen with { To = placed with { CheckIn = Day.AddDays(7), CheckOut = Day.AddDays(9) } }));

        var conflict = Assert.IsType<SaveResult.Conflict>(await _bookings.MoveAsync(seen));

        Assert.Contains(conflict.Merge.Fields, f => f.Key == nameof(BookingDraft.CheckIn));
        Assert.Equal(Day.AddDays(7), (await _bookings.LoadAsync(stay))!.CheckIn);
    }

    private static string EditorNoticesProblem(SaveResult.Invalid invalid) =>
        invalid.FieldErrors.Count == 1 ? invalid.FieldErrors.Values.Single() : invalid.Message;

    private async Task<StayMove> MoveAsync(int stay, StayPlace placed, StayPlace to) =>
        new(stay, (await _bookings.LoadAsync(stay))!.Version, placed, to);

    private async Task<int> RoomAsync(string number)
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = number, BaseRate = 100, MaxAdults = 2 };
        db.Add(room);
        await db.SaveChangesAsync();
        return room.Id;
    }

    private async Task<(int Id, StayPlace Place)> BookAsync(string roomNumber, DateOnly checkIn, int nights)
    {
        var roomId = await RoomAsync(roomNumber);
        await using var db = database.CreateContext();
        var guest = new Guest { FirstName = "Tape", LastName = roomNumber };
        db.Add(guest);
        await db.SaveChangesAsync();
        var draft = new BookingDraft
        {
            GuestId = guest.Id, RoomId = roomId, CheckIn = checkIn, CheckOut = checkIn.AddDays(nights), Adults = 1, RatePerNight = 100,
        };
        var id = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(draft)).Id;
        return (id, new StayPlace(roomId, checkIn, checkIn.AddDays(nights)));
    }
}
