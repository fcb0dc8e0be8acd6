using BookingWeb.Collaboration.Live;
using BookingWeb.Features.Reports;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using static BookingWeb.Tests.Features.Reports.ReportTestData;

namespace BookingWeb.Tests.Features.Reports;

/// <summary>
/// The reports of April and May 2026 in a hotel of two active rooms (A, B) and a closed one (C), worked out by hand:
/// April has 60 available room-nights, May 62.
/// </summary>
public class ReportServiceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly ReportRange AprilAndMay = new(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31));
    private readonly ReportTestData data = new(database);
    private readonly ReportService service = new(database.ContextFactory,
        new SharedReads(new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System));

    public Task InitializeAsync() => data.Stays.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task AddTheMonthsBookingsAsync()
    {
        var (a, b) = (await data.Stays.AddRoomAsync("A"), await data.Stays.AddRoomAsync("B"));
        var closed = await data.Stays.AddRoomAsync("C", active: false);
        // Mon 4 May, 4 nights: 400 + 2 × 15.50 = 431, minus 10 % = 43.10: 387.90, 96.975 a night.
        await data.AddBookingAsync(a, new(2026, 5, 4), new(2026, 5, 8), 100, services: [Service(2, 15.50m)], discounts: [Percent(10)]);
        // Tue 28 April, 5 nights: 400 minus 50 = 350, 70 a night: three in April (210), two in May (140).
        await data.AddBookingAsync(b, new(2026, 4, 28), new(2026, 5, 3), 80, discounts: [Amount(50)]);
        // Cancelled: counts nowhere, not even as a Sunday arrival.
        await data.AddBookingAsync(a, new(2026, 5, 10), new(2026, 5, 12), 500, BookingStatus.Cancelled);
        // Wed 20 May in the closed room: sold and earned, but not occupancy of the active rooms.
        await data.AddBookingAsync(closed, new(2026, 5, 20), new(2026, 5, 21), 60);
        // Sat 30 May, 3 nights of 90: two of them (30, 31 May) are in the range.
        await data.AddBookingAsync(b, new(2026, 5, 30), new(2026, 6, 2), 90);
        // From 30 March, 3 nights of 100: only 1 April is in the range, and its arrival is not.
        await data.AddBookingAsync(a, new(2026, 3, 30), new(2026, 4, 2), 100);
    }

    [Fact]
    public async Task Each_month_counts_its_own_nights_and_money_a_stay_across_months_split_by_night()
    {
        await AddTheMonthsBookingsAsync();

        var report = await service.LoadAsync(AprilAndMay);

        Assert.Equal(2, report.ActiveRooms);
        var (april, may) = (report.Months[0], report.Months[1]);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)), (april.Start, april.End));
        Assert.Equal((60, 4, 4), (april.AvailableRoomNights, april.OccupiedRoomNights, april.SoldRoomNights));
        Assert.Equal((340m, 0m, 30m, 310m), Cents(april.Revenue));
        Assert.Equal((62, 8, 9), (may.AvailableRoomNights, may.OccupiedRoomNights, may.SoldRoomNights));
        Assert.Equal((800m, 31m, 63.10m, 767.90m), Cents(may.Revenue));
    }

    [Fact]
    public async Task Occupancy_ADR_and_RevPAR_follow_from_the_room_nights_and_revenue()
    {
        await AddTheMonthsBookingsAsync();

        var report = await service.LoadAsync(AprilAndMay);

        var may = report.Months[1];
        Assert.Equal(8 / 62.0, may.Occupancy!.Value, 10);
        Assert.Equal(85.32m, Math.Round(may.AverageDailyRate!.Value, 2)); // 767.90 / 9 sold nights
        Assert.Equal(12.39m, Math.Round(may.RevenuePerAvailableRoom!.Value, 2)); // 767.90 / 62
        Assert.Equal((122, 12, 13), (report.Whole.AvailableRoomNights, report.Whole.OccupiedRoomNights, report.Whole.SoldRoomNights));
        Assert.Equal(1077.90m, Math.Round(report.Whole.Revenue.Total, 2));
    }

    [Fact]
    public async Task Every_night_of_the_range_has_a_row_with_its_rooms_and_its_share_of_the_money()
    {
        await AddTheMonthsBookingsAsync();

        var days = (await service.LoadAsync(AprilAndMay)).Days.ToDictionary(d => d.Start);

        Assert.Equal(61, days.Count);
        Assert.Equal((1, 1), Rooms(days[new(2026, 4, 1)]));
        Assert.Equal((0, 0), Rooms(days[new(2026, 4, 2)]));
        Assert.Equal((1, 1), Rooms(days[new(2026, 5, 5)]));
        Assert.Equal((100m, 7.75m, 10.775m), (days[new(2026, 5, 5)].Revenue.Rooms, days[new(2026, 5, 5)].Revenue.Services, days[new(2026, 5, 5)].Revenue.Discounts));
        Assert.Equal((0, 0), Rooms(days[new(2026, 5, 10)])); // cancelled
        Assert.Equal((0, 1), Rooms(days[new(2026, 5, 20)])); // the closed room
        Assert.Equal((1, 1), Rooms(days[new(2026, 5, 31)]));
    }

    [Fact]
    public async Task Arrivals_are_check_ins_inside_the_range_per_weekday_Monday_first_cancelled_left_out()
    {
        await AddTheMonthsBookingsAsync();

        var arrivals = (await service.LoadAsync(AprilAndMay)).ArrivalsByWeekday;

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            arrivals.Select(a => a.Weekday));
        Assert.Equal([1, 1, 1, 0, 0, 1, 0], arrivals.Select(a => a.Arrivals));
    }

    [Fact]
    public async Task A_range_without_bookings_is_empty_and_rates_without_sold_nights_are_none()
    {
        await data.Stays.AddRoomAsync("A");

        var report = await service.LoadAsync(AprilAndMay);

        Assert.True(report.IsEmpty);
        Assert.Equal(0.0, report.Whole.Occupancy);
        Assert.Null(report.Whole.AverageDailyRate);
        Assert.Equal(0m, report.Whole.RevenuePerAvailableRoom);
    }

    [Fact]
    public async Task A_range_that_makes_no_report_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => service.LoadAsync(new ReportRange(new(2026, 5, 2), new(2026, 5, 1))));
    }

    private static (int Occupied, int Sold) Rooms(ReportPeriod day) => (day.OccupiedRoomNights, day.SoldRoomNights);

    private static (decimal, decimal, decimal, decimal) Cents(Revenue revenue) =>
        (Math.Round(revenue.Rooms, 2), Math.Round(revenue.Services, 2), Math.Round(revenue.Discounts, 2), Math.Round(revenue.Total, 2));
}
