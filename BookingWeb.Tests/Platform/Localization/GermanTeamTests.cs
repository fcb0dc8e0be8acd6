using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Tests.Features;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>
/// A German team at work on one booking, end to end in the browser: German numbers and dates are stored right, a save
/// that meets a colleague's merges and says so in German, a cancellation speaks German, and an English-speaking
/// colleague on the same booking reads English.
/// </summary>
public class GermanTeamTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    private readonly StayTestData _data = new(app);

    [Fact]
    public async Task German_numbers_and_dates_are_stored_right_a_clash_merges_in_German_and_an_English_colleague_reads_English()
    {
        var room = await _data.AddRoomAsync("D1");
        var booking = await _data.AddStayAsync(room, "Schröder", new DateOnly(2030, 12, 4), new DateOnly(2030, 12, 6));
        var emma = new TestAccount("emma@test.hotel", "Emma-Pass-2026", "Emma English");
        var emmaId = await app.CreateAccountAsync(emma, StaffRoles.Staff);
        await using (var db = app.CreateContext())
            await db.Users.Where(u => u.Id == emmaId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "en"));

        var german = await app.NewPageAsync();
        await AppFixture.OpenAsync(german, $"/bookings/{booking.Id}");
        await Expect(german.GetByLabel("Anreise", new() { Exact = true })).ToHaveValueAsync("04.12.2030");
        var english = await app.NewPageAsync(emma);
        await AppFixture.OpenAsync(english, $"/bookings/{booking.Id}");
        await Expect(english.GetByLabel("Check-in", new() { Exact = true })).ToHaveValueAsync("2030-12-04");
        await Expect(english.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToBeVisibleAsync();

        // Emma saves a note first; the German colleague, still on the old version, changes the rate and the departure.
        await english.GetByLabel("Notes").FillAsync("Late arrival");
        await english.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(english.GetByText("Booking saved").First).ToBeVisibleAsync();

        await german.GetByLabel("Preis pro Nacht").FillAsync("1.234,50");
        await german.GetByLabel("Abreise", new() { Exact = true }).FillAsync("09.12.2030");
        await german.GetByLabel("Abreise", new() { Exact = true }).PressAsync("Tab");
        await german.GetByRole(AriaRole.Button, new() { Name = "Änderungen speichern" }).ClickAsync();
        await Expect(german.GetByText(new Regex("^Buchung gespeichert und zusammengeführt")).First).ToBeVisibleAsync();

        var stored = await LoadAsync(booking.Id);
        Assert.Equal((1234.50m, new DateOnly(2030, 12, 9), "Late arrival"), (stored.RatePerNight, stored.CheckOut, stored.Notes));

        await german.GetByRole(AriaRole.Button, new() { Name = "Buchung stornieren" }).ClickAsync();
        var question = german.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync($"Buchung {booking.ReservationNumber} stornieren?");
        await question.GetByRole(AriaRole.Button, new() { Name = "Buchung stornieren" }).ClickAsync();
        await Expect(german.GetByText($"Buchung {booking.ReservationNumber} storniert").First).ToBeVisibleAsync();
        Assert.Equal(BookingStatus.Cancelled, (await LoadAsync(booking.Id)).Status);

        // Emma's page follows in English: the rate with a decimal point, the dates as before.
        await english.ReloadAsync();
        await Expect(english.GetByLabel("Rate per night")).ToHaveValueAsync("1234.50");
        await Expect(english.GetByLabel("Check-out", new() { Exact = true })).ToHaveValueAsync("2030-12-09");
    }

    private async Task<Booking> LoadAsync(int id)
    {
        await using var db = app.CreateContext();
        return await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == id);
    }
}
