using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>A booking's status chip says the status in words, and each status has its own colour.</summary>
public class BookingStatusBadgeTests : ComponentTestContext
{
    [Theory]
    [InlineData(BookingStatus.Tentative, "Tentative")]
    [InlineData(BookingStatus.Confirmed, "Confirmed")]
    [InlineData(BookingStatus.CheckedIn, "Checked in")]
    [InlineData(BookingStatus.CheckedOut, "Checked out")]
    [InlineData(BookingStatus.Cancelled, "Cancelled")]
    [InlineData(BookingStatus.NoShow, "No-show")]
    public void The_chip_names_the_status(BookingStatus status, string text)
    {
        var chip = Render<BookingStatusBadge>(p => p.Add(b => b.Status, status));

        Assert.Equal(text, chip.Find($"[data-status={status}]").TextContent.Trim());
    }

    [Fact]
    public void Cancelled_and_checked_in_look_different()
    {
        var cancelled = Render<BookingStatusBadge>(p => p.Add(b => b.Status, BookingStatus.Cancelled)).Find("[data-status]");
        var checkedIn = Render<BookingStatusBadge>(p => p.Add(b => b.Status, BookingStatus.CheckedIn)).Find("[data-status]");

        Assert.NotEqual(cancelled.ClassName, checkedIn.ClassName);
    }
}
