using System.Globalization;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Calendar;
using BookingWeb.Platform.Localization;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>A German-speaking receptionist's dashboard and calendar in a real browser: German words, German dates, dates typed day first.</summary>
public class CalendarInGermanPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly TestAccount Greta = new("greta@test.hotel", "Greta-Pass-2026", "Greta Gast");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task The_dashboard_and_calendar_speak_german_and_a_date_typed_day_first_opens_its_week()
    {
        await using (var db = app.CreateContext())
        {
            db.Rooms.Add(new Room { Number = "101", Name = "", BaseRate = 90 });
            await db.SaveChangesAsync();
        }
        await CreateGermanAccountAsync();
        var page = await app.NewPageAsync(Greta);

        await AppFixture.OpenAsync(page, "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync($"Heute, {TestHotel.Today.ToString("dddd, d. MMMM yyyy", German)}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anreisen heute" })).ToBeVisibleAsync();

        await AppFixture.OpenAsync(page, "/calendar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Belegungsplan");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Zimmer 101" })).ToBeVisibleAsync();
        var monday = CalendarService.MondayOf(TestHotel.Today);
        await Expect(page.Locator("[data-calendar-range]")).ToHaveTextAsync(
            $"{monday.ToString("ddd, d. MMM yyyy", German)} – {monday.AddDays(13).ToString("ddd, d. MMM yyyy", German)}");

        await page.GetByLabel("Springen zu Datum").FillAsync("04.12.2030");

        await Expect(page.Locator("[data-calendar-range]")).ToHaveTextAsync("Mo, 2. Dez. 2030 – So, 15. Dez. 2030");
    }

    private async Task CreateGermanAccountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser
        {
            UserName = Greta.Email, Email = Greta.Email, DisplayName = Greta.DisplayName, EmailConfirmed = true, Language = Languages.German,
        };
        var created = await users.CreateAsync(user, Greta.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, StaffRoles.Staff);
    }
}
