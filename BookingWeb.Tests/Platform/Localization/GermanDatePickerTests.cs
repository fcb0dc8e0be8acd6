using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>
/// A German receptionist creates a booking with the mouse: guest and room from their pickers, the stay from the date
/// pickers, which open on the date typed and name months and weekdays in German.
/// </summary>
public class GermanDatePickerTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    private readonly StayTestData _data = new(app);

    [Fact]
    public async Task The_date_picker_opens_on_the_typed_date_and_a_booking_made_with_the_pickers_is_stored_with_those_days()
    {
        await _data.AddRoomAsync("P7");
        await _data.AddGuestAsync("Jörg", "Weißmüller");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings/new");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Gast", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("weissmueller");
        await page.GetByRole(AriaRole.Option, new() { Name = "Weißmüller, Jörg" }).First.ClickAsync();

        var checkIn = page.GetByRole(AriaRole.Textbox, new() { Name = "Anreise", Exact = true });
        await checkIn.FillAsync("04.12.2030");
        await checkIn.PressAsync("Tab");
        var calendar = await OpenPickerAsync(page, "Anreise");
        await Expect(calendar).ToContainTextAsync("Dezember 2030");
        await Expect(calendar.Locator(".mud-picker-calendar-day.mud-selected")).ToHaveTextAsync("4");
        await calendar.Locator(".mud-picker-calendar-day:not(.mud-hidden)").GetByText("6", new() { Exact = true }).ClickAsync();
        await Expect(checkIn).ToHaveValueAsync("06.12.2030");
        await Expect(calendar).ToBeHiddenAsync();

        var checkOut = page.GetByRole(AriaRole.Textbox, new() { Name = "Abreise", Exact = true });
        await checkOut.FillAsync("01.12.2030");
        await checkOut.PressAsync("Tab");
        calendar = await OpenPickerAsync(page, "Abreise");
        await calendar.Locator(".mud-picker-calendar-day:not(.mud-hidden)").GetByText("9", new() { Exact = true }).ClickAsync();
        await Expect(checkOut).ToHaveValueAsync("09.12.2030");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Zimmer", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "P7 ·" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Buchung anlegen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Buchung RES-\d{4}-\d{4}$"));
        await using var db = app.CreateContext();
        var stored = await db.Bookings.AsNoTracking().Include(b => b.Guest).Include(b => b.Room).SingleAsync(b => b.Room!.Number == "P7");
        Assert.Equal((new DateOnly(2030, 12, 6), new DateOnly(2030, 12, 9), "Weißmüller"), (stored.CheckIn, stored.CheckOut, stored.Guest!.LastName));
    }

    /// <summary>Opens the picker of the date field <paramref name="label"/> with its button; the calendar it shows.</summary>
    private static async Task<ILocator> OpenPickerAsync(IPage page, string label)
    {
        var field = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true }) });
        await field.GetByRole(AriaRole.Button, new() { Name = "Datumsauswahl öffnen" }).ClickAsync();
        var calendar = page.Locator(".mud-popover-open .mud-picker-calendar-container");
        await Expect(calendar).ToBeVisibleAsync();
        return calendar;
    }
}
