using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>The desk's one click: check in from the arrival day, check out a guest who is in, a no-show frees the room; all audited.</summary>
public class DeskActionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Today = TestHotel.Today;
    private readonly BookingService _bookings = new(database.ContextFactory, TestHotel.Clock(), NullLogger<BookingService>.Instance);

    [Fact]
    public async Task A_guest_arriving_today_is_checked_in_and_out_through_the_save_and_each_step_is_in_the_history()
    {
        var id = await BookAsync("D1", Today, 2);

        Assert.IsType<SaveResult.Saved>(await _bookings.ApplyAsync(id, DeskAction.CheckIn));
        Assert.Equal(BookingStatus.CheckedIn, (await _bookings.LoadAsync(id))!.Status);
        Assert.IsType<SaveResult.Saved>(await _bookings.ApplyAsync(id, DeskAction.CheckOut));
        Assert.Equal(BookingStatus.CheckedOut, (await _bookings.LoadAsync(id))!.Status);

        await using var db = database.CreateContext();
        var statuses = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, id, 10)).Select(e => e.NewText("status")).ToList();
        Assert.Equal(["CheckedOut", "CheckedIn"], statuses.Take(2));
    }

    [Fact]
    public async Task A_guest_is_not_checked_in_before_the_arrival_day_and_not_out_before_being_in()
    {
        var tomorrow = await BookAsync("D2", Today.AddDays(1), 2);
        var today = await BookAsync("D3", Today, 1);

        var early = Assert.IsType<SaveResult.Invalid>(await _bookings.ApplyAsync(tomorrow, DeskAction.CheckIn));
        Assert.Equal($"Check in is not possible for this booking today (status “Confirmed”, arrival {Today.AddDays(1):d}).", early.Message);
        Assert.IsType<SaveResult.Invalid>(await _bookings.ApplyAsync(today, DeskAction.CheckOut));
        Assert.Equal(BookingStatus.Confirmed, (await _bookings.LoadAsync(tomorrow))!.Status);
    }

    [Fact]
    public async Task A_no_show_frees_the_room_for_another_booking()
    {
        var missing = await BookAsync("D4", Today, 3);
        var (room, guest) = await RoomOfAsync(missing);
        var refused = await _bookings.SaveAsync(Draft(room, guest, Today.AddDays(1), 1));
        Assert.IsType<SaveResult.Invalid>(refused);

        Assert.IsType<SaveResult.Saved>(await _bookings.ApplyAsync(missing, DeskAction.NoShow));

        Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, Today.AddDays(1), 1)));
    }

    [Fact]
    public async Task A_reminder_ticked_off_from_the_dashboard_is_done_by_whoever_did_it()
    {
        var id = await BookAsync("D5", Today, 1);
        var draft = (await _bookings.LoadAsync(id))!;
        draft.Reminders.Add(new ReminderLine { DueAt = TestHotel.At(Today, 9, 0).DateTime, Text = "Order a taxi" });
        Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(draft, (await _bookings.LoadAsync(id))!));
        var reminder = (await _bookings.LoadAsync(id))!.Reminders.Single();

        Assert.IsType<SaveResult.Saved>(await _bookings.CompleteReminderAsync(id, reminder.Id));

        Assert.True((await _bookings.LoadAsync(id))!.Reminders.Single().Done);
        Assert.IsType<SaveResult.NotFound>(await _bookings.CompleteReminderAsync(id, reminder.Id + 1000));
    }

    [Theory]
    [InlineData(BookingStatus.Confirmed, 0, new[] { DeskAction.CheckIn, DeskAction.NoShow })]
    [InlineData(BookingStatus.Tentative, -1, new[] { DeskAction.CheckIn, DeskAction.NoShow })]
    [InlineData(BookingStatus.Confirmed, 1, new DeskAction[0])]
    [InlineData(BookingStatus.Confirmed, -3, new[] { DeskAction.NoShow })] // the stay is over: never came
    [InlineData(BookingStatus.CheckedIn, -1, new[] { DeskAction.CheckOut })]
    [InlineData(BookingStatus.CheckedOut, -2, new DeskAction[0])]
    [InlineData(BookingStatus.Cancelled, 0, new DeskAction[0])]
    public void What_the_desk_can_do_depends_on_the_status_and_the_day(BookingStatus status, int arrivesInDays, DeskAction[] expected)
    {
        var checkIn = Today.AddDays(arrivesInDays);
        Assert.Equal(expected, DeskActions.For(status, checkIn, checkIn.AddDays(2), Today));
    }

    private async Task<int> BookAsync(string roomNumber, DateOnly checkIn, int nights)
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = roomNumber, BaseRate = 100, MaxAdults = 2 };
        var guest = new Guest { FirstName = "Desk", LastName = roomNumber };
        db.AddRange(room, guest);
        await db.SaveChangesAsync();
        return Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, checkIn, nights))).Id;
    }

    private async Task<(Room Room, Guest Guest)> RoomOfAsync(int bookingId)
    {
        await using var db = database.CreateContext();
        var booking = (await db.Bookings.FindAsync(bookingId))!;
        return ((await db.Rooms.FindAsync(booking.RoomId))!, (await db.Guests.FindAsync(booking.GuestId))!);
    }

    private static BookingDraft Draft(Room room, Guest guest, DateOnly checkIn, int nights) => new()
    {
        GuestId = guest.Id, RoomId = room.Id, CheckIn = checkIn, CheckOut = checkIn.AddDays(nights), Adults = 1, RatePerNight = room.BaseRate,
    };
}
