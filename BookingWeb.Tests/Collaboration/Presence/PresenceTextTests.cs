using BookingWeb.Collaboration.Presence;

namespace BookingWeb.Tests.Collaboration.Presence;

/// <summary>The sentence an editor and the bookings list show about who else has a booking open.</summary>
public class PresenceTextTests
{
    [Fact]
    public void One_person_is_editing() => Assert.Equal("Anna is editing", PresenceText.Describe(["Anna"]));

    [Fact]
    public void Several_people_are_named_alphabetically_and_two_tabs_of_one_person_count_once() =>
        Assert.Equal("Anna, Ben and Carla are editing", PresenceText.Describe(["Carla", "Anna", "Ben", "Anna"]));

    [Fact]
    public void Nobody_says_nothing() => Assert.Equal("", PresenceText.Describe([]));
}
