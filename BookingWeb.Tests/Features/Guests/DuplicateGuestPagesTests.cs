using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Features.Bookings;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>
/// Creating a guest who is likely on file already warns before saving and offers the guest on file: on the guests page,
/// and in the booking editor's new-guest dialog, where one click takes the guest on file for the booking.
/// </summary>
public class DuplicateGuestPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_new_guest_like_one_on_file_warns_offers_the_existing_guest_and_can_still_be_created()
    {
        int existingId;
        await using (var db = app.CreateContext())
        {
            var guest = new Guest { FirstName = "Theodor", LastName = "Dopplmayr", Phone = "+43 512 777" };
            db.Guests.Add(guest);
            await db.SaveChangesAsync();
            existingId = guest.Id;
        }
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests/new");
        await page.GetByLabel("First name").FillAsync("theodor");
        await page.GetByLabel("Last name").FillAsync(" DOPPLMAYR ");
        await page.GetByLabel("Phone").FillAsync("+43512777");
        await page.GetByLabel("Phone").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var warning = page.GetByTestId("duplicate-guest");
        await Expect(warning).ToContainTextAsync("A guest with this name and the same e-mail or phone is already on file.");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Dopplmayr, Theodor" })).ToHaveAttributeAsync("href", $"/guests/{existingId}");
        Assert.Equal(1, await CountAsync());

        await warning.GetByRole(AriaRole.Button, new() { Name = "Create anyway" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "theodor DOPPLMAYR" })).ToBeVisibleAsync();
        await Expect(warning).ToHaveCountAsync(0);
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task The_warning_s_link_opens_the_guest_on_file_after_asking_about_the_unsaved_form_and_nothing_new_is_saved()
    {
        int existingId;
        await using (var db = app.CreateContext())
        {
            var guest = new Guest { FirstName = "Wilma", LastName = "Zwiebelhofer", Email = "wilma@zwiebel.example" };
            db.Guests.Add(guest);
            await db.SaveChangesAsync();
            existingId = guest.Id;
        }
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests/new");
        await page.GetByLabel("First name").FillAsync("Wilma");
        await page.GetByLabel("Last name").FillAsync("Zwiebelhofer");
        await page.GetByLabel("E-mail").FillAsync("WILMA@zwiebel.example");
        await page.GetByLabel("E-mail").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.GetByTestId("duplicate-guest").GetByRole(AriaRole.Link, new() { Name = "Zwiebelhofer, Wilma · wilma@zwiebel.example" }).ClickAsync();
        // What was typed is not saved, so leaving asks first, as from any editor.
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Leave without saving" }).ClickAsync();

        // The editor moves within the circuit (no page load to wait for): the address and the guest's form follow.
        await Expect(page).ToHaveURLAsync(new Regex($"/guests/{existingId}$"));
        await Expect(page.GetByLabel("E-mail")).ToHaveValueAsync("wilma@zwiebel.example");
        await using var check = app.CreateContext();
        Assert.Equal(1, await check.Guests.CountAsync(g => g.LastName == "Zwiebelhofer"));
    }

    [Fact]
    public async Task A_receptionist_adding_a_guest_on_file_from_a_booking_takes_the_guest_on_file_with_one_click_and_books_them()
    {
        int existingId;
        await using (var db = app.CreateContext())
        {
            var guest = new Guest { FirstName = "Rosa", LastName = "Zweimal", Email = "rosa@zweimal.example" };
            db.AddRange(guest, new Room { Number = "DG1", Name = "", BaseRate = 90, MaxAdults = 2 });
            await db.SaveChangesAsync();
            existingId = guest.Id;
        }
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "New guest" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("First name").FillAsync("Rosa");
        await dialog.GetByLabel("Last name").FillAsync("Zweimal");
        await dialog.GetByLabel("E-mail").FillAsync("Rosa@Zweimal.example");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add guest" }).ClickAsync();

        var warning = dialog.GetByTestId("duplicate-guest");
        await Expect(warning).ToContainTextAsync("A guest with this name and the same e-mail or phone is already on file. Use them for this booking");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Use Zweimal, Rosa · rosa@zweimal.example for this booking" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(EditorPage.Guest(page)).ToHaveValueAsync("Zweimal, Rosa · rosa@zweimal.example");
        var day = TestHotel.Today.AddDays(60);
        await EditorPage.SetStayAsync(page, $"{day:yyyy-MM-dd}", $"{day.AddDays(2):yyyy-MM-dd}");
        await EditorPage.ChooseRoomAsync(page, "DG1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create booking" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Booking RES-"));

        await using var check = app.CreateContext();
        Assert.Equal(existingId, (await check.Bookings.SingleAsync(b => b.Room!.Number == "DG1")).GuestId);
        Assert.Equal(1, await check.Guests.CountAsync(g => g.LastName == "Zweimal"));
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateContext();
        return await db.Guests.CountAsync(g => g.LastName.Trim() == "Dopplmayr" || g.LastName.Trim() == "DOPPLMAYR");
    }
}
