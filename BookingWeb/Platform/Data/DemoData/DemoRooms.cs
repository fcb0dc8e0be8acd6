namespace BookingWeb.Platform.Data.DemoData;

/// <summary>The demo hotel's 30 rooms on three floors: garden level, first floor, attic.</summary>
internal static class DemoRooms
{
    public static List<Room> Create() =>
    [
        Room("101", "Garden view single", RoomType.Single, 1, 0, 62),
        Room("102", "Garden view single", RoomType.Single, 1, 0, 62),
        Room("103", "Garden view double", RoomType.Double, 2, 1, 105),
        Room("104", "Garden view double", RoomType.Double, 2, 1, 105),
        Room("105", "Garden view twin", RoomType.Twin, 2, 1, 98),
        Room("106", "Accessible garden double", RoomType.Double, 2, 1, 110, "Step-free access, roll-in shower."),
        Room("107", "Courtyard single", RoomType.Single, 1, 0, 60),
        Room("108", "Courtyard twin", RoomType.Twin, 2, 0, 92),
        Room("109", "Garden family room", RoomType.Family, 3, 3, 168),
        Room("110", "Garden apartment with terrace", RoomType.Apartment, 4, 2, 240, "Kitchenette; terrace furniture stored in winter."),
        Room("201", "Courtyard double", RoomType.Double, 2, 1, 95),
        Room("202", "Courtyard double", RoomType.Double, 2, 1, 95),
        Room("203", "Lake view double", RoomType.Double, 2, 1, 128),
        Room("204", "Lake view double", RoomType.Double, 2, 1, 128),
        Room("205", "Lake view twin", RoomType.Twin, 2, 1, 118),
        Room("206", "Lake view family room", RoomType.Family, 3, 3, 185),
        Room("207", "Courtyard single", RoomType.Single, 1, 0, 64),
        Room("208", "Lake view single", RoomType.Single, 1, 0, 78),
        Room("209", "Junior suite", RoomType.Suite, 2, 2, 260),
        Room("210", "Family room with bunk beds", RoomType.Family, 2, 3, 172, "Connecting door to 209."),
        Room("301", "Lake view double with balcony", RoomType.Double, 2, 1, 142),
        Room("302", "Lake view double with balcony", RoomType.Double, 2, 1, 142),
        Room("303", "Lake view twin with balcony", RoomType.Twin, 2, 1, 135),
        Room("304", "Attic double", RoomType.Double, 2, 0, 112, "Sloped ceiling: mind your head."),
        Room("305", "Attic single", RoomType.Single, 1, 0, 68),
        Room("306", "Attic twin", RoomType.Twin, 2, 0, 102),
        Room("307", "Panorama suite", RoomType.Suite, 3, 2, 350, "Whirlpool; champagne on arrival for honeymooners."),
        Room("308", "Tower suite", RoomType.Suite, 2, 2, 310),
        Room("309", "Lake view apartment", RoomType.Apartment, 4, 2, 275),
        Room("310", "Attic apartment", RoomType.Apartment, 4, 1, 225),
    ];

    private static Room Room(string number, string name, RoomType type, int adults, int children, decimal rate, string? notes = null) =>
        new() { Number = number, Name = name, Type = type, MaxAdults = adults, MaxChildren = children, BaseRate = rate, Notes = notes };
}
