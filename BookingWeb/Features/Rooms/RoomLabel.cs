using BookingWeb.Texts;

namespace BookingWeb.Features.Rooms;

/// <summary>How a room is named on every page, in the reader's language: "Zimmer 12", "Room 12 · Garden view".</summary>
public static class RoomLabel
{
    public static string Of(string number) => string.Format(RoomTexts.RoomNumbered, number);

    public static string Of(string number, string? name) => string.IsNullOrWhiteSpace(name)
        ? Of(number)
        : string.Format(RoomTexts.RoomNumberedNamed, number, name);
}
