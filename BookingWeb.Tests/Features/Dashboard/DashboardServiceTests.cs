using BookingWeb.Platform.Data;
using BookingWeb.Features.Dashboard;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;

namespace BookingWeb.Tests.Features.Dashboard;

public class DashboardServiceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 5, 12);
    private readonly StayTestData data = new(database);
    private readonly DashboardService service = new(database.ContextFactory, TestHotel.Clock());

    public Task InitializeAsync() => data.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Arrivals_departures_and_in_house_guests_are_read_for_the_given_day()
    {
        var (r1, r2, r3, r4) = (await data.AddRoomAsync("1"), await data.AddRoomAsync("2"), await data.AddRoomAsync("3"), await data.AddRoomAsync("4"));
        var arriving = await data.AddStayAsync(r1, "Arriving", Today, Today.AddDays(3));
        var leaving = await data.AddStayAsync(r2, "Leaving", Today.AddDays(-2), Today, BookingStatus.CheckedIn);
        var staying = await data.AddStayAsync(r3, "Staying", Today.AddDays(-1), Today.AddDays(2), BookingStatus.CheckedIn);
        await data.AddStayAsync(r4, "Later", Today.AddDays(1), Today.AddDays(2));

        var snapshot = await service.LoadAsync(Today);

        Assert.Equal([arriving.ReservationNumber], snapshot.Arrivals.Select(s => s.ReservationNumber));
        Assert.Equal([leaving.ReservationNumber], snapshot.Departures.Select(s => s.ReservationNumber));
        Assert.Equal([staying.ReservationNumber], snapshot.InHouse.Select(s => s.ReservationNumber));
        var line = snapshot.Arrivals.Single();
        Assert.Equal((arriving.Id, "Ada Arriving", "1"), (line.BookingId, line.GuestName, line.RoomNumber));
    }

    [Fact]
    public async Task In_house_means_checked_in_and_a_stay_begun_earlier_but_never_checked_in_is_still_expected()
    {
        var (r1, r2, r3) = (await data.AddRoomAsync("1"), await data.AddRoomAsync("2"), await data.AddRoomAsync("3"));
        var notYetHere = await data.AddStayAsync(r1, "NotYetHere", Today, Today.AddDays(2));
        var checkedIn = await data.AddStayAsync(r2, "JustArrived", Today, Today.AddDays(2), BookingStatus.CheckedIn);
        var unrecorded = await data.AddStayAsync(r3, "SinceYesterday", Today.AddDays(-1), Today.AddDays(2));

        var snapshot = await service.LoadAsync(Today);

        Assert.Equal([checkedIn.ReservationNumber], snapshot.InHouse.Select(s => s.ReservationNumber));
        Assert.Equal(new[] { notYetHere.ReservationNumber, checkedIn.ReservationNumber, unrecorded.ReservationNumber }.Order(),
            snapshot.Arrivals.Select(s => s.ReservationNumber).Order());
    }

    [Fact]
    public async Task A_guest_who_is_in_comes_with_what_they_still_owe()
    {
        var room = await data.AddRoomAsync("1");
        var stay = await data.AddStayAsync(room, "Owing", Today.AddDays(-2), Today, BookingStatus.CheckedIn);
        await using (var db = database.CreateContext())
        {
            var booking = await db.Bookings.FindAsync(stay.Id);
            (booking!.RatePerNight, booking.AmountPaid) = (100m, 50m);
            db.AdditionalServices.Add(new AdditionalService { BookingId = stay.Id, Description = "Parking", Quantity = 2, UnitPrice = 10m });
            await db.SaveChangesAsync();
        }

        var snapshot = await service.LoadAsync(Today);

        Assert.Equal(170m, snapshot.Departures.Single().Open); // 2 nights × 100 + 2 × 10 parking − 50 paid
    }

    [Fact]
    public async Task Cancelled_and_no_show_bookings_are_left_out_everywhere()
    {
        var room = await data.AddRoomAsync("1");
        await data.AddStayAsync(room, "Cancelled", Today, Today.AddDays(2), BookingStatus.Cancelled);
        await data.AddStayAsync(room, "Missing", Today.AddDays(-1), Today, BookingStatus.NoShow);

        var snapshot = await service.LoadAsync(Today);

        Assert.Empty(snapshot.Arrivals);
        Assert.Empty(snapshot.Departures);
        Assert.Empty(snapshot.InHouse);
        Assert.All(snapshot.Occupancy, day => Assert.Equal(0, day.OccupiedRooms));
    }

    [Fact]
    public async Task A_tentative_stay_arrives_but_is_not_counted_in_house()
    {
        var room = await data.AddRoomAsync("1");
        await data.AddStayAsync(room, "Maybe", Today, Today.AddDays(1), BookingStatus.Tentative);

        var snapshot = await service.LoadAsync(Today);

        Assert.Single(snapshot.Arrivals);
        Assert.Empty(snapshot.InHouse);
    }

    [Fact]
    public async Task Occupancy_counts_occupied_active_rooms_for_today_and_the_next_seven_nights()
    {
        var rooms = new List<Room>();
        foreach (var number in new[] { "1", "2", "3", "4" }) rooms.Add(await data.AddRoomAsync(number));
        var closed = await data.AddRoomAsync("99", active: false);
        await data.AddStayAsync(rooms[0], "Week", Today, Today.AddDays(7));
        await data.AddStayAsync(rooms[1], "Short", Today.AddDays(1), Today.AddDays(3));
        await data.AddStayAsync(rooms[2], "Gone", Today.AddDays(-3), Today);
        await data.AddStayAsync(closed, "Closed", Today, Today.AddDays(2));

        var occupancy = (await service.LoadAsync(Today)).Occupancy;

        Assert.Equal(Enumerable.Range(0, 8).Select(Today.AddDays), occupancy.Select(d => d.Date));
        Assert.Equal([1, 2, 2, 1, 1, 1, 1, 0], occupancy.Select(d => d.OccupiedRooms));
        Assert.All(occupancy, day => Assert.Equal(4, day.ActiveRooms));
        Assert.Equal(25, occupancy[0].Percent);
        Assert.Equal(50, occupancy[1].Percent);
    }

    [Fact]
    public async Task Reminders_due_by_the_end_of_today_and_not_done_are_listed_oldest_first()
    {
        var room = await data.AddRoomAsync("1");
        var booking = await data.AddStayAsync(room, "Reminded", Today, Today.AddDays(2));
        await data.AddReminderAsync(booking, LocalTime(Today, 23, 30), "Late today");
        await data.AddReminderAsync(booking, LocalTime(Today.AddDays(-2), 9, 0), "Overdue");
        await data.AddReminderAsync(booking, LocalTime(Today, 8, 0), "Already done", done: true);
        await data.AddReminderAsync(booking, LocalTime(Today.AddDays(1), 0, 0), "Tomorrow");

        var reminders = (await service.LoadAsync(Today)).RemindersDue;

        Assert.Equal(["Overdue", "Late today"], reminders.Select(r => r.Text));
        Assert.All(reminders, r => Assert.Equal((booking.Id, booking.ReservationNumber), (r.BookingId, r.ReservationNumber)));
    }

    [Fact]
    public async Task Reminders_are_paged_and_can_be_only_the_overdue_all_open_or_only_mine()
    {
        var room = await data.AddRoomAsync("1");
        var booking = await data.AddStayAsync(room, "Reminded", Today, Today.AddDays(2));
        for (var i = 1; i <= 10; i++) await data.AddReminderAsync(booking, LocalTime(Today.AddDays(-i), 9, 0), $"Overdue {i}");
        await data.AddReminderAsync(booking, LocalTime(Today, 10, 0), "Today", author: "user-anna");
        await data.AddReminderAsync(booking, LocalTime(Today.AddDays(3), 10, 0), "Later", author: "user-anna");

        var firstPage = await service.LoadAsync(Today, new ReminderQuery());
        var secondPage = await service.LoadAsync(Today, new ReminderQuery(Page: 1));
        var overdue = await service.LoadAsync(Today, new ReminderQuery(ReminderFilter.Overdue));
        var all = await service.LoadAsync(Today, new ReminderQuery(ReminderFilter.All, Page: 1));
        var annas = await service.LoadAsync(Today, new ReminderQuery(ReminderFilter.All, CreatedBy: "user-anna"));

        Assert.Equal((11, ReminderQuery.PageSize), (firstPage.RemindersCount, firstPage.RemindersDue.Count));
        Assert.Equal("Overdue 10", firstPage.RemindersDue[0].Text); // oldest first
        Assert.Equal(["Overdue 2", "Overdue 1", "Today"], secondPage.RemindersDue.Select(r => r.Text));
        Assert.Equal(10, overdue.RemindersCount);
        Assert.Equal(["Overdue 2", "Overdue 1", "Today", "Later"], all.RemindersDue.Select(r => r.Text));
        Assert.Equal(["Today", "Later"], annas.RemindersDue.Select(r => r.Text));
    }

    [Fact]
    public async Task An_empty_hotel_gives_empty_lists_and_no_occupancy()
    {
        var snapshot = await service.LoadAsync(Today);

        Assert.Empty(snapshot.Arrivals);
        Assert.Empty(snapshot.RemindersDue);
        Assert.Equal(0, snapshot.OccupancyToday.Percent);
    }

    private static DateTimeOffset LocalTime(DateOnly date, int hour, int minute) => TestHotel.At(date, hour, minute);
}
