using BookingWeb.Collaboration.Presence;
using BookingWeb.Tests.Shared;

namespace BookingWeb.Tests.Collaboration.Presence;

public class PresenceTextInGermanTests
{
    [Fact]
    public void One_person_is_editing_this_booking()
    {
        using var german = new InGerman();
        Assert.Equal("Anna bearbeitet diese Buchung", PresenceText.Describe(["Anna"]));
    }

    [Fact]
    public void Several_people_are_named_in_order_once_each()
    {
        using var german = new InGerman();
        Assert.Equal("Anna, Ben und Carla bearbeiten diese Buchung", PresenceText.Describe(["Carla", "Anna", "Ben", "Anna"]));
    }
}
