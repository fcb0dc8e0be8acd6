using BookingWeb.Platform.Data;
using BookingWeb.Features.Calendar;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;

namespace BookingWeb.Tests.Features.Calendar;

public class CalendarServiceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 5, 11);
    private readonly StayTestData data = new(database);
    private readonly CalendarService service = new(database.ContextFactory);

    public Task InitializeAsync() => data.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rooms_come_in_room_number_order_and_inactive_ones_are_out_of_order()
    {
        await data.AddRoomAsync("10");
        await data.AddRoomAsync("9");
        await data.AddRoomAsync("2");
        await data.AddRoomAsync("5", active: false);

        var window = await service.GetWindowAsync(Start, 14);

        Assert.Equal(["2", "5", "9", "10"], window.Rooms.Select(r => r.Number));
        Assert.Equal(["5"], window.Rooms.Where(r => r.OutOfOrder).Select(r => r.Number));
        Assert.Equal(3, window.SellableRooms);
    }

    [Fact]
    public async Task A_stay_inside_the_window_spans_its_nights()
    {
        var room = await data.AddRoomAsync("1");
        var stay = await data.AddStayAsync(room, "Inside", Start.AddDays(2), Start.AddDays(5));

        var bar = Assert.Single((await service.GetWindowAsync(Start, 14)).Bars);

        Assert.Equal((stay.Id, room.Id, "Inside", BookingStatus.Confirmed), (bar.BookingId, bar.RoomId, bar.GuestLastName, bar.Status));
        Assert.Equal((2, 3, false, false), (bar.FirstNightIndex, bar.VisibleNights, bar.StartsBeforeWindow, bar.EndsAfterWindow));
    }

    [Fact]
    public async Task Stays_running_past_either_edge_are_clipped_to_the_window()
    {
        var room = await data.AddRoomAsync("1");
        var before = await data.AddStayAsync(room, "Before", Start.AddDays(-3), Start.AddDays(2));
        var after = await data.AddStayAsync(room, "After", Start.AddDays(12), Start.AddDays(20));

        var bars = (await service.GetWindowAsync(Start, 14)).Bars.ToDictionary(b => b.BookingId);

        Assert.Equal((0, 2, true, false), (bars[before.Id].FirstNightIndex, bars[before.Id].VisibleNights, bars[before.Id].StartsBeforeWindow, bars[before.Id].EndsAfterWindow));
        Assert.Equal((12, 2, false, true), (bars[after.Id].FirstNightIndex, bars[after.Id].VisibleNights, bars[after.Id].StartsBeforeWindow, bars[after.Id].EndsAfterWindow));
        Assert.Equal(Start.AddDays(-3), bars[before.Id].CheckIn);
    }

    [Fact]
    public async Task Stays_outside_the_window_and_cancelled_stays_are_not_shown_but_a_stay_left_in_a_closed_room_is()
    {
        var room = await data.AddRoomAsync("1");
        var closed = await data.AddRoomAsync("2", active: false);
        await data.AddStayAsync(room, "LeftOnStart", Start.AddDays(-2), Start);
        await data.AddStayAsync(room, "ArrivesAfter", Start.AddDays(14), Start.AddDays(16));
        await data.AddStayAsync(room, "Cancelled", Start.AddDays(3), Start.AddDays(5), BookingStatus.Cancelled);
        await data.AddStayAsync(room, "NoShow", Start.AddDays(3), Start.AddDays(5), BookingStatus.NoShow);
        var stranded = await data.AddStayAsync(closed, "Closed", Start.AddDays(3), Start.AddDays(5));
        var shown = await data.AddStayAsync(room, "Shown", Start.AddDays(3), Start.AddDays(5), BookingStatus.CheckedIn);

        var window = await service.GetWindowAsync(Start, 14);

        Assert.Equal([stranded.Id, shown.Id], window.Bars.Select(b => b.BookingId).Order());
    }

    [Theory]
    [InlineData("2026-05-11", "2026-05-11")]
    [InlineData("2026-05-13", "2026-05-11")]
    [InlineData("2026-05-17", "2026-05-11")]
    public void Windows_start_on_the_Monday_of_a_date(string date, string monday) =>
        Assert.Equal(DateOnly.Parse(monday), CalendarService.MondayOf(DateOnly.Parse(date)));
}
