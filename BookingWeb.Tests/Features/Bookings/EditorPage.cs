using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>How a person drives the booking editor's pickers, in one place for every browser test.</summary>
public static class EditorPage
{
    /// <summary>
    /// Opens a booking and waits until it is on screen: the circuit is live before the booking has loaded, and the
    /// editor follows other people's changes from the render that shows it.
    /// </summary>
    public static async Task OpenAsync(IPage page, int bookingId)
    {
        await BookingWeb.Testing.AppFixture.OpenAsync(page, $"/bookings/{bookingId}");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToBeVisibleAsync();
    }

    public static async Task ChooseGuestAsync(IPage page, string search, string optionText)
    {
        await Guest(page).ClickAsync();
        await page.Keyboard.TypeAsync(search);
        await page.GetByRole(AriaRole.Option, new() { Name = optionText }).First.ClickAsync();
        await Expect(Guest(page)).ToHaveValueAsync(new Regex($"^{Regex.Escape(optionText)}"));
    }

    /// <summary>The guest search box; its value is the chosen guest.</summary>
    public static ILocator Guest(IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Guest", Exact = true });

    public static async Task SetStayAsync(IPage page, string checkIn, string checkOut)
    {
        await CheckIn(page).FillAsync(checkIn);
        await CheckIn(page).PressAsync("Tab");
        await CheckOut(page).FillAsync(checkOut);
        await CheckOut(page).PressAsync("Tab");
    }

    public static ILocator CheckIn(IPage page) => page.GetByLabel("Check-in", new() { Exact = true });

    public static ILocator CheckOut(IPage page) => page.GetByLabel("Check-out", new() { Exact = true });

    /// <summary>The room select; its value is the chosen room.</summary>
    public static ILocator Room(IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Room", Exact = true });

    public static async Task ChooseRoomAsync(IPage page, string roomNumber)
    {
        await Room(page).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"{roomNumber} ·" }).First.ClickAsync();
        await Expect(Room(page)).ToHaveValueAsync(new Regex($"^{Regex.Escape(roomNumber)} ·"));
    }
}
