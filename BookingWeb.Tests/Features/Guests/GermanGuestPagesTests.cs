using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features.Accounts;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>Staff of a German hotel work with guests in German: the list, the editor, its messages and the guest's stays.</summary>
public class GermanGuestPagesTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    [Fact]
    public async Task A_guest_is_created_found_and_shown_with_their_stays_in_German()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neuer Gast" })).ToBeVisibleAsync();
        await page.GetByLabel("Vorname").FillAsync("Greta");
        await page.GetByLabel("Nachname").FillAsync("Weißmüller");
        await page.GetByLabel("E-Mail").FillAsync("greta-at-example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(page.GetByLabel("E-Mail")).ToHaveAccessibleDescriptionAsync("Geben Sie eine E-Mail-Adresse wie name@example.com ein.");

        await page.GetByLabel("E-Mail").FillAsync("greta@example.de");
        // The field reaches the server when it loses focus; once there, its refusal goes (it stays until the value changes).
        await page.GetByLabel("E-Mail").BlurAsync();
        await Expect(page.GetByLabel("E-Mail")).Not.ToHaveAccessibleDescriptionAsync("Geben Sie eine E-Mail-Adresse wie name@example.com ein.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Greta Weißmüller" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Gast gespeichert: Greta Weißmüller")).ToBeVisibleAsync();
        await Expect(page.GetByText("Noch keine Buchungen.")).ToBeVisibleAsync();

        await AppFixture.OpenAsync(page, "/guests");
        await page.GetByLabel("Gäste suchen").FillAsync("weißmü");
        await page.GetByLabel("Gäste suchen").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Weißmüller, Greta" })).ToBeVisibleAsync();
        await page.GetByLabel("Gäste suchen").FillAsync("niemand-so");
        await page.GetByLabel("Gäste suchen").PressAsync("Enter");
        await Expect(page.GetByText("Keine Gäste passen zu „niemand-so“.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_guests_stays_show_German_dates_statuses_and_euro_totals()
    {
        int guestId;
        await using (var db = app.CreateContext())
        {
            var room = new Room { Number = "G-1", BaseRate = 100, MaxAdults = 2 };
            var guest = new Guest { FirstName = "Jonas", LastName = "Stammgast" };
            db.AddRange(room, guest);
            await db.SaveChangesAsync();
            db.Add(new Booking
            {
                ReservationNumber = "RES-2030-0412", GuestId = guest.Id, RoomId = room.Id, Adults = 2, RatePerNight = 617.25m,
                CheckIn = new DateOnly(2030, 12, 4), CheckOut = new DateOnly(2030, 12, 6), Status = BookingStatus.CheckedIn,
            });
            await db.SaveChangesAsync();
            guestId = guest.Id;
        }
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{guestId}");

        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "RES-2030-0412" }) });
        await Expect(row).ToContainTextAsync("04.12.2030 – 06.12.2030");
        await Expect(row).ToContainTextAsync("Im Haus");
        await Expect(row).ToContainTextAsync("1.234,50 €");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Buchungsverlauf" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Verlauf" })).ToBeVisibleAsync();
    }
}
