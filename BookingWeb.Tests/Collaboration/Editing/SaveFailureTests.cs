using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features;
using BookingWeb.Tests.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Editing;

/// <summary>
/// Values the database refuses, or that cannot even be worked out, never end the page: a sentence says what happened,
/// the form keeps what was typed, and a corrected value saves.
/// </summary>
public class SaveFailureTests(AppFixture app) : IClassFixture<AppFixture>
{
    private readonly StayTestData _data = new(app);
    [Fact]
    public async Task A_rate_too_large_for_the_database_is_explained_and_the_new_booking_form_keeps_what_was_typed()
    {
        await _data.AddRoomAsync("501");
        await _data.AddGuestAsync("Greta", "Gross");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings/new");
        await EditorPage.ChooseGuestAsync(page, "Gross", "Gross, Greta");
        await EditorPage.SetStayAsync(page, "2027-08-02", "2027-08-04");
        await EditorPage.ChooseRoomAsync(page, "501");
        await page.GetByLabel("Notes").FillAsync("Wants the quiet side");
        await page.GetByLabel("Rate per night").FillAsync("1000000000");
        await page.GetByLabel("Rate per night").PressAsync("Tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create booking" }).ClickAsync();

        // Refused at the field before it reaches the database (numeric(10,2)); the form keeps what was typed.
        await Expect(page.GetByTestId("form-error")).ToContainTextAsync("The rate per night can be at most 99,999,999.99.");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Wants the quiet side");
        await Expect(page.GetByLabel("Rate per night")).ToHaveValueAsync("1000000000.00");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New booking");

        await page.GetByLabel("Rate per night").FillAsync("95");
        await page.GetByLabel("Rate per night").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create booking" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Booking RES-"));
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Wants the quiet side");
    }

    [Fact]
    public async Task A_character_the_database_cannot_store_is_explained_and_the_guests_notes_are_kept()
    {
        var guestId = (await _data.AddGuestAsync("Nora", "Nullzeichen")).Id;
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{guestId}");
        var notes = page.GetByLabel("Notes");
        await notes.FillAsync("Prefers tea\u0000 in the morning");
        await Expect(notes).ToHaveValueAsync("Prefers tea\u0000 in the morning");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // Refused at the field before it reaches the database (22021); the service's own sentence is SavePipelineTests'.
        await Expect(page.GetByText("Notes contains an invisible control character (NUL)")).ToBeVisibleAsync();
        await Expect(notes).ToHaveValueAsync("Prefers tea\u0000 in the morning");
        await notes.FillAsync("Prefers tea in the morning");
        await notes.PressAsync("Tab");
        // The message goes once the text changes; its line going moves Save up, so click only after that.
        await Expect(page.GetByText("Notes contains an invisible control character (NUL)")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Guest saved: Nora Nullzeichen")).ToBeVisibleAsync();
        await using var db = app.CreateContext();
        Assert.Equal("Prefers tea in the morning", (await db.Guests.SingleAsync(g => g.Id == guestId)).Notes);
    }

    [Fact]
    public async Task A_rate_whose_total_cannot_be_worked_out_says_so_and_the_page_goes_on_working()
    {
        var bookingId = (await _data.AddStayAsync(await _data.AddRoomAsync("502"), "Riesig", new DateOnly(2027, 9, 6), new DateOnly(2027, 9, 9))).Id;
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);
        var rate = page.GetByLabel("Rate per night");

        await rate.FillAsync("79228162514264337593543950335");
        await rate.PressAsync("Tab");

        await Expect(page.GetByTestId("price-breakdown")).ToContainTextAsync("too large to add up");
        await page.GetByLabel("Notes").FillAsync("Still typing");
        await rate.FillAsync("80");
        await rate.PressAsync("Tab");
        await Expect(page.GetByTestId("room-total")).ToHaveTextAsync("240.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("Booking saved")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Still typing");
    }

    [Fact]
    public async Task A_calendar_address_beyond_the_last_date_shows_the_last_weeks_and_says_so()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/calendar?date=9999-12-31");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("[data-calendar-notice]")).ToContainTextAsync("The calendar cannot go further ahead; showing the weeks from");
        await Expect(page.Locator("[data-calendar-range]")).ToContainTextAsync("9999");
    }

    [Fact]
    public async Task A_calendar_address_that_is_not_a_date_shows_this_week_and_says_so()
    {
        var page = await app.NewPageAsync();

        await AppFixture.OpenAsync(page, "/calendar?date=31.12.2026");

        await Expect(page.Locator("[data-calendar-notice]")).ToContainTextAsync("“31.12.2026” is not a date (yyyy-mm-dd); showing this week.");
    }
}
