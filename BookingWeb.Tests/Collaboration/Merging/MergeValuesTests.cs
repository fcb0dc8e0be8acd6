using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;

namespace BookingWeb.Tests.Collaboration.Merging;

public class MergeValuesTests
{
    public static TheoryData<object?, object?> SameValues => new()
    {
        { 1.50m, 1.5m },
        { 100m, 100.00m },
        { 2, 2m },
        { null, "" },
        { "", null },
        { null, null },
        { new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 3) },
        { BookingStatus.CheckedIn, BookingStatus.CheckedIn },
        { true, true },
        { new DateTimeOffset(2027, 5, 3, 12, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2027, 5, 3, 10, 0, 0, TimeSpan.Zero) },
    };

    public static TheoryData<object?, object?> DifferentValues => new()
    {
        { 1.5m, 1.51m },
        { "Anna", "anna" },
        { "Anna", null },
        { " ", "" },
        { new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 4) },
        { new DateOnly(2027, 5, 3), null },
        { BookingStatus.CheckedIn, BookingStatus.CheckedOut },
        { true, false },
        { 0, null },
        { false, null },
    };

    [Theory]
    [MemberData(nameof(SameValues))]
    public void Values_equal_in_meaning_are_the_same(object? a, object? b) => Assert.True(MergeValues.Same(a, b));

    [Theory]
    [MemberData(nameof(DifferentValues))]
    public void Values_that_differ_in_meaning_are_not_the_same(object? a, object? b)
    {
        Assert.False(MergeValues.Same(a, b));
        Assert.False(MergeValues.Same(b, a));
    }
}
