using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Activity;

public class SubscriptionLeakTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Moving_between_live_pages_many_times_leaves_no_subscription_behind()
    {
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings");
        await Expect(page.Locator("[data-live-status=Live]")).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        await VisitAsync(menu, page, "Guests", "Guests");
        await VisitAsync(menu, page, "Bookings", "Bookings");
        var whileOnBookings = feed.SubscriberCount;

        for (var round = 0; round < 15; round++)
        {
            await VisitAsync(menu, page, "Calendar", "Occupancy calendar");
            await VisitAsync(menu, page, "Guests", "Guests");
            await VisitAsync(menu, page, "Bookings", "Bookings");
        }

        Assert.Equal(whileOnBookings, feed.SubscriberCount);
    }

    private static async Task VisitAsync(ILocator menu, IPage page, string entry, string heading)
    {
        await menu.GetByText(entry, new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
    }
}
