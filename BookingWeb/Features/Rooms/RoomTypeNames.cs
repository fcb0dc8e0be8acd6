using BookingWeb.Platform.Data;
using BookingWeb.Texts;

namespace BookingWeb.Features.Rooms;

/// <summary>A room type as people read it, in the page's language: "Double", "Doppelzimmer".</summary>
public static class RoomTypeNames
{
    public static string Of(RoomType type) => type switch
    {
        RoomType.Single => RoomTexts.TypeSingle,
        RoomType.Double => RoomTexts.TypeDouble,
        RoomType.Twin => RoomTexts.TypeTwin,
        RoomType.Suite => RoomTexts.TypeSuite,
        RoomType.Family => RoomTexts.TypeFamily,
        RoomType.Apartment => RoomTexts.TypeApartment,
        _ => type.ToString(),
    };
}
