namespace BookingWeb.Platform.Data.DemoData;

/// <summary>
/// Plans a year of bookings, six months back and six ahead. Stays that hold a room are laid out per room one
/// after another with gaps, so they never share a night (the database's exclusion constraint would refuse it);
/// cancellations and no-shows free their room and may fall anywhere. Statuses follow the dates.
/// </summary>
internal sealed class DemoBookingPlanner(Random random, DateOnly today)
{
    private const int DaysEachWay = 182;
    private const double FreeingShare = 0.1;

    private static readonly (int Nights, int Weight)[] StayLengths =
        [(1, 26), (2, 28), (3, 18), (4, 10), (5, 6), (6, 4), (7, 4), (8, 2), (9, 1), (10, 1)];

    private static readonly (int Days, int Weight)[] Gaps = [(0, 55), (1, 25), (2, 10), (3, 6), (4, 4)];

    private static readonly string[] Notes =
    [
        "Arriving late, around 22:00.", "Honeymoon.", "Asked for a quiet room.", "Booked by phone.",
        "Wedding guest (Huber–Steiner party).", "Cot needed.", "Arrives by train; pick-up wished.", "Ground floor requested.",
    ];

    private readonly record struct Stay(Room Room, DateOnly CheckIn, DateOnly CheckOut);

    public List<Booking> Plan(IReadOnlyList<Room> rooms, IReadOnlyList<Guest> guests, int count)
    {
        var holding = rooms.SelectMany(PlanRoom).ToList();
        var holdingTarget = (int)(count * (1 - FreeingShare));
        while (holding.Count > holdingTarget)
            holding.RemoveAt(random.Next(holding.Count));

        var bookings = holding.Select(stay => NewBooking(stay, HoldingStatus(stay), guests)).ToList();
        while (bookings.Count < count)
        {
            var stay = FreeingStay(rooms);
            var status = stay.CheckIn < today && random.Chance(0.35) ? BookingStatus.NoShow : BookingStatus.Cancelled;
            bookings.Add(NewBooking(stay, status, guests));
        }
        return bookings;
    }

    private IEnumerable<Stay> PlanRoom(Room room)
    {
        var end = today.AddDays(DaysEachWay);
        var checkIn = today.AddDays(-DaysEachWay + random.Next(4));
        while (checkIn < end)
        {
            var nights = random.PickWeighted(StayLengths);
            if (room.Type is RoomType.Apartment or RoomType.Suite && random.Chance(0.3)) nights += 3;
            var checkOut = checkIn.AddDays(nights);
            yield return new Stay(room, checkIn, checkOut);
            // Far-ahead months are still filling up: the further out, the wider the gaps.
            var daysAhead = Math.Max(0, checkOut.DayNumber - today.DayNumber);
            checkIn = checkOut.AddDays(random.PickWeighted(Gaps) + random.Next(daysAhead / 80 + 1));
        }
    }

    private Stay FreeingStay(IReadOnlyList<Room> rooms)
    {
        var checkIn = today.AddDays(random.Next(-DaysEachWay, DaysEachWay));
        return new Stay(random.Pick(rooms), checkIn, checkIn.AddDays(random.PickWeighted(StayLengths)));
    }

    private BookingStatus HoldingStatus(Stay stay)
    {
        if (stay.CheckOut < today) return BookingStatus.CheckedOut;
        if (stay.CheckOut == today) return random.Chance(0.5) ? BookingStatus.CheckedOut : BookingStatus.CheckedIn;
        if (stay.CheckIn < today) return BookingStatus.CheckedIn;
        if (stay.CheckIn == today) return random.Chance(0.5) ? BookingStatus.CheckedIn : BookingStatus.Confirmed;
        var tentativeChance = 0.05 + 0.2 * (stay.CheckIn.DayNumber - today.DayNumber) / DaysEachWay;
        return random.Chance(tentativeChance) ? BookingStatus.Tentative : BookingStatus.Confirmed;
    }

    private Booking NewBooking(Stay stay, BookingStatus status, IReadOnlyList<Guest> guests)
    {
        var room = stay.Room;
        // Some guests come back again and again: the first guests in the list are picked more often.
        var guest = guests[(int)(guests.Count * Math.Pow(random.NextDouble(), 1.6))];
        var adults = room.MaxAdults == 1 ? 1 : random.Chance(0.8) ? Math.Min(2, room.MaxAdults) : random.Next(1, room.MaxAdults + 1);
        var childChance = room.Type is RoomType.Family or RoomType.Apartment ? 0.7 : 0.1;
        var children = room.MaxChildren > 0 && random.Chance(childChance) ? random.Next(1, room.MaxChildren + 1) : 0;
        return new Booking
        {
            RoomId = room.Id,
            GuestId = guest.Id,
            CheckIn = stay.CheckIn,
            CheckOut = stay.CheckOut,
            Adults = adults,
            Children = children,
            Status = status,
            RatePerNight = random.Chance(0.25) ? Math.Round(room.BaseRate * random.Pick([0.85m, 0.9m, 1.1m, 1.15m, 1.2m])) : room.BaseRate,
            Notes = random.Chance(0.08) ? random.Pick(Notes) : null,
        };
    }
}
