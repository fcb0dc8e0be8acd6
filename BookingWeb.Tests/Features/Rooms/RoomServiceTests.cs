using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Features.Rooms;

public class RoomServiceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly RoomService _rooms = SignedInServices.For(database, TestUser.Admin, services => services.AddRooms())
        .GetRequiredService<RoomService>();

    [Fact]
    public async Task A_duplicate_room_number_is_refused_with_the_number_in_the_message()
    {
        await AddRoomAsync("12");

        var result = await _rooms.SaveAsync(new Room { Number = " 12 ", BaseRate = 90 });

        var invalid = Assert.IsType<SaveResult.Invalid>(result);
        Assert.Equal("Room number 12 is already taken.", invalid.FieldErrors[nameof(Room.Number)]);
    }

    [Fact]
    public async Task Capacity_and_rate_out_of_range_are_refused_per_field()
    {
        var result = await _rooms.SaveAsync(new Room { Number = "", MaxAdults = 0, MaxChildren = -1, BaseRate = -5 });

        var invalid = Assert.IsType<SaveResult.Invalid>(result);
        Assert.Equal("Room number is required.", invalid.FieldErrors[nameof(Room.Number)]);
        Assert.Equal("Max adults must be between 1 and 20.", invalid.FieldErrors[nameof(Room.MaxAdults)]);
        Assert.Equal("Max children must be between 0 and 20.", invalid.FieldErrors[nameof(Room.MaxChildren)]);
        Assert.Equal("The base rate cannot be negative.", invalid.FieldErrors[nameof(Room.BaseRate)]);
    }

    [Fact]
    public async Task A_room_with_bookings_cannot_be_deleted_but_can_be_deactivated()
    {
        var room = await AddRoomAsync("21");
        await AddBookingAsync(room.Id, "RES-2026-9201", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 3));

        var refused = Assert.IsType<DeleteResult.Refused>(await _rooms.DeleteAsync(room.Id));
        Assert.Equal("Room 21 has bookings; deactivate it instead.", refused.Message);

        var deactivated = (await _rooms.GetAsync(room.Id))!;
        deactivated.IsActive = false;
        Assert.IsType<SaveResult.Saved>(await _rooms.SaveAsync(deactivated));
        Assert.False((await _rooms.GetAsync(room.Id))!.IsActive);
    }

    [Fact]
    public async Task A_room_without_bookings_can_be_deleted()
    {
        var room = await AddRoomAsync("22");

        Assert.IsType<DeleteResult.Deleted>(await _rooms.DeleteAsync(room.Id));

        Assert.Null(await _rooms.GetAsync(room.Id));
    }

    [Fact]
    public async Task Bookable_rooms_leave_out_overlapping_too_small_and_inactive_rooms()
    {
        var checkIn = new DateOnly(2026, 9, 10);
        var checkOut = new DateOnly(2026, 9, 13);
        var free = await AddRoomAsync("B1");
        var backToBack = await AddRoomAsync("B2");
        var overlapping = await AddRoomAsync("B3");
        var cancelledOnly = await AddRoomAsync("B4");
        await AddRoomAsync("B5", maxAdults: 1);
        await AddRoomAsync("B6", active: false);
        await AddBookingAsync(backToBack.Id, "RES-2026-9301", checkIn.AddDays(-2), checkIn);
        await AddBookingAsync(backToBack.Id, "RES-2026-9302", checkOut, checkOut.AddDays(2));
        var overlap = await AddBookingAsync(overlapping.Id, "RES-2026-9303", checkIn.AddDays(2), checkOut.AddDays(1));
        await AddBookingAsync(cancelledOnly.Id, "RES-2026-9304", checkIn, checkOut, BookingStatus.Cancelled);

        var bookable = await _rooms.GetBookableRoomsAsync(checkIn, checkOut, adults: 2, children: 0);
        // Other tests of this class add rooms too; only the B rooms are this test's.
        Assert.Equal([free.Id, backToBack.Id, cancelledOnly.Id], bookable.Where(r => r.Number.StartsWith('B')).Select(r => r.Id));

        var whenEditingTheOverlap = await _rooms.GetBookableRoomsAsync(checkIn, checkOut, 2, 0, excludeBookingId: overlap);
        Assert.Contains(overlapping.Id, whenEditingTheOverlap.Select(r => r.Id));
    }

    [Fact]
    public async Task Rooms_are_listed_by_number_in_natural_order()
    {
        await AddRoomAsync("N10", active: false);
        await AddRoomAsync("N9", active: false);

        var page = await _rooms.GetPageAsync(new RoomQuery(RoomActivity.Inactive, RoomSort.Number, false, 0, 10));

        Assert.Equal(["N9", "N10"], page.Rows.Select(r => r.Number));
        Assert.Equal(2, page.Count);
    }

    private async Task<Room> AddRoomAsync(string number, int maxAdults = 2, bool active = true)
    {
        var room = new Room { Number = number, Name = $"Test {number}", MaxAdults = maxAdults, BaseRate = 100, IsActive = active };
        Assert.IsType<SaveResult.Saved>(await _rooms.SaveAsync(room));
        return room;
    }

    private async Task<int> AddBookingAsync(int roomId, string reservationNumber, DateOnly checkIn, DateOnly checkOut,
        BookingStatus status = BookingStatus.Confirmed)
    {
        await using var db = database.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = reservationNumber, RoomId = roomId, Guest = new Guest { FirstName = "Room", LastName = "Tester" },
            CheckIn = checkIn, CheckOut = checkOut, Adults = 2, Status = status, RatePerNight = 100,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
