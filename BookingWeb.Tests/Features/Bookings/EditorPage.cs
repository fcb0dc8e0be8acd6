using Microsoft.Playwright;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>How a person drives the booking editor's pickers, in one place for every browser test.</summary>
public static class EditorPage
{
    public static async Task ChooseGuestAsync(IPage page, string search, string optionText)
    {
        await page.Locator("#guest-picker").ClickAsync();
        await page.Keyboard.TypeAsync(search);
        await page.GetByRole(AriaRole.Option, new() { Name = optionText }).First.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#guest-picker")).ToContainTextAsync(optionText);
    }

    public static async Task SetStayAsync(IPage page, string checkIn, string checkOut)
    {
        await CheckIn(page).FillAsync(checkIn);
        await CheckIn(page).PressAsync("Tab");
        await CheckOut(page).FillAsync(checkOut);
        await CheckOut(page).PressAsync("Tab");
    }

    public static ILocator CheckIn(IPage page) => page.GetByLabel("Check-in", new() { Exact = true });

    public static ILocator CheckOut(IPage page) => page.GetByLabel("Check-out", new() { Exact = true });

    public static async Task ChooseRoomAsync(IPage page, string roomNumber)
    {
        await page.Locator("#room-picker").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"{roomNumber} ·" }).First.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#room-picker")).ToContainTextAsync($"{roomNumber} ·");
    }
}
