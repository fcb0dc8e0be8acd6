namespace BookingWeb.Platform.Data.DemoData;

/// <summary>
/// Numbers demo bookings RES-YYYY-NNNN in the order they were (pretend) made, per year of booking. Returns the last
/// number used per year, so the counters can continue from there when staff create bookings.
/// </summary>
internal static class DemoReservationNumbers
{
    public static Dictionary<int, int> Assign(IReadOnlyList<Booking> bookings, Random random, DateOnly today, DateOnly firstDay)
    {
        // Most guests book a few days to a few weeks ahead, some months ahead; nobody books in the future,
        // and the demo's history starts a few weeks before its first stay.
        var bookedOn = bookings.Select(b =>
        {
            var leadDays = (int)(150 * Math.Pow(random.NextDouble(), 2.5));
            var date = b.CheckIn.AddDays(-leadDays);
            return (Booking: b, Date: date > today ? today : date < firstDay ? firstDay : date);
        });

        var lastNumbers = new Dictionary<int, int>();
        foreach (var (booking, date) in bookedOn.OrderBy(x => x.Date).ThenBy(x => x.Booking.CheckIn).ThenBy(x => x.Booking.RoomId).ToList())
        {
            var number = lastNumbers.GetValueOrDefault(date.Year) + 1;
            lastNumbers[date.Year] = number;
            booking.ReservationNumber = $"RES-{date.Year}-{number:D4}";
        }
        return lastNumbers;
    }
}
