namespace BookingWeb.Features.Reports;

/// <summary>
/// What the reports page shows for one range, read in one go. Definitions:
/// <list type="bullet">
/// <item>Only bookings that hold their room count (<see cref="Platform.Data.Booking.FreeingStatuses"/> free it:
/// cancelled and no-show bookings count nowhere).</item>
/// <item>Occupancy = occupied room-nights ÷ available room-nights, where available = rooms active now × nights (rooms
/// keep no history) and occupied counts the nights of bookings in those rooms, as the dashboard does.</item>
/// <item>Revenue = a booking's total as the booking editor works it out (nights × rate per night, plus services
/// (quantity × unit price), minus discounts: <see cref="Platform.Data.BookingTotals"/>), spread evenly over its nights;
/// a month gets the share of each night in it. It counts every room, active or not: money earned stays earned.</item>
/// <item>ADR (average daily rate) = revenue ÷ sold room-nights (every room); RevPAR (revenue per available room) =
/// revenue ÷ available room-nights.</item>
/// <item>Arrivals by weekday = bookings whose check-in falls in the range, per weekday of the check-in.</item>
/// </list>
/// </summary>
public sealed record ReportSnapshot(
    ReportRange Range,
    int ActiveRooms,
    IReadOnlyList<ReportPeriod> Days,
    IReadOnlyList<ReportPeriod> Months,
    ReportPeriod Whole,
    IReadOnlyList<WeekdayArrivals> ArrivalsByWeekday)
{
    /// <summary>Nothing sold and nobody arriving in the range.</summary>
    public bool IsEmpty => Whole.SoldRoomNights == 0 && ArrivalsByWeekday.All(a => a.Arrivals == 0);
}

/// <summary>The money of some nights, split as a booking's price is; amounts are unrounded shares (round to show).</summary>
public readonly record struct Revenue(decimal Rooms, decimal Services, decimal Discounts)
{
    public decimal Total => Rooms + Services - Discounts;

    public static Revenue operator +(Revenue a, Revenue b) => new(a.Rooms + b.Rooms, a.Services + b.Services, a.Discounts + b.Discounts);
}

/// <summary>One night, one month (the part of it in the range) or the whole range.</summary>
public sealed record ReportPeriod(
    DateOnly Start, DateOnly End, int AvailableRoomNights, int OccupiedRoomNights, int SoldRoomNights, Revenue Revenue)
{
    /// <summary>Occupied share of the available room-nights, 0–1; null without active rooms.</summary>
    public double? Occupancy => AvailableRoomNights == 0 ? null : (double)OccupiedRoomNights / AvailableRoomNights;

    /// <summary>Average daily rate; null when no night was sold.</summary>
    public decimal? AverageDailyRate => SoldRoomNights == 0 ? null : Revenue.Total / SoldRoomNights;

    /// <summary>Revenue per available room-night; null without active rooms.</summary>
    public decimal? RevenuePerAvailableRoom => AvailableRoomNights == 0 ? null : Revenue.Total / AvailableRoomNights;

    /// <summary>The periods added up, from the first one's start to the last one's end.</summary>
    public static ReportPeriod Sum(IReadOnlyList<ReportPeriod> periods) => new(
        periods[0].Start, periods[^1].End,
        periods.Sum(p => p.AvailableRoomNights), periods.Sum(p => p.OccupiedRoomNights), periods.Sum(p => p.SoldRoomNights),
        periods.Aggregate(default(Revenue), (sum, p) => sum + p.Revenue));
}

public sealed record WeekdayArrivals(DayOfWeek Weekday, int Arrivals);
