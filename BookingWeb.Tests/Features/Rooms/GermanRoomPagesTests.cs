using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features.Accounts;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Rooms;

/// <summary>An admin of a German hotel creates a room the German way: 150,00 is stored as 150.00 and shown as 150,00 €.</summary>
public class GermanRoomPagesTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    [Fact]
    public async Task A_rate_typed_as_150_comma_00_is_stored_as_150_and_listed_in_euros_with_German_words()
    {
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, "/rooms/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neues Zimmer" })).ToBeVisibleAsync();

        await page.GetByLabel("Zimmernummer").FillAsync("D-150");
        await page.GetByLabel("Max. Kinder").FillAsync("1");
        await page.GetByLabel("Grundpreis pro Nacht").FillAsync("150,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zimmer D-150" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Grundpreis pro Nacht")).ToHaveValueAsync("150,00");
        await using (var db = app.CreateContext())
        {
            var room = await db.Rooms.SingleAsync(r => r.Number == "D-150");
            Assert.Equal((150.00m, 2, 1), (room.BaseRate, room.MaxAdults, room.MaxChildren));
        }

        await AppFixture.OpenAsync(page, "/rooms");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Zimmer D-150" }) });
        await Expect(row).ToContainTextAsync("Doppelzimmer");
        await Expect(row).ToContainTextAsync("2 Erwachsene + 1 Kind");
        await Expect(row).ToContainTextAsync("150,00 €");
        await Expect(row).ToContainTextAsync("Aktiv");
    }

    [Fact]
    public async Task A_rate_written_150_dot_00_in_German_is_refused_at_the_field_and_nothing_is_saved()
    {
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, "/rooms/new");

        await page.GetByLabel("Zimmernummer").FillAsync("D-151");
        await page.GetByLabel("Grundpreis pro Nacht").FillAsync("150.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(page.GetByLabel("Grundpreis pro Nacht")).ToHaveAccessibleDescriptionAsync("Geben Sie eine Zahl wie 1.234,50 ein.");
        await Expect(page.GetByLabel("Grundpreis pro Nacht")).ToHaveValueAsync("150.00");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neues Zimmer" })).ToBeVisibleAsync();
        await using var db = app.CreateContext();
        Assert.False(await db.Rooms.AnyAsync(r => r.Number == "D-151"));
    }
}
