using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Bookings;

public class BookingEditorPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_receptionist_creates_a_booking_and_sees_its_price_as_they_type()
    {
        await SeedAsync("201", "Vogel", "Jonas");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings/new");

        await EditorPage.ChooseGuestAsync(page, "Vogel", "Vogel, Jonas");
        await EditorPage.SetStayAsync(page, "2027-06-10", "2027-06-13");
        await EditorPage.ChooseRoomAsync(page, "201");
        await Expect(page.GetByTestId("room-total")).ToHaveTextAsync("360.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await page.GetByLabel("Service 1 description").FillAsync("Breakfast");
        await page.GetByLabel("Service 1 quantity").FillAsync("3");
        await page.GetByLabel("Service 1 unit price").FillAsync("15");
        await Expect(page.GetByTestId("grand-total")).ToHaveTextAsync("405.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create booking" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Booking RES-\d{4}-\d{4}$"));
        await Expect(page.GetByTestId("grand-total")).ToHaveTextAsync("405.00");

        await page.GetByRole(AriaRole.Link, new() { Name = "Show in calendar" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Group, new() { Name = "Room 201" });
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Vogel" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_overlapping_stay_is_explained_and_the_form_keeps_what_was_typed()
    {
        var (roomId, guestId) = await SeedAsync("301", "Berg", "Anna");
        await using (var db = app.CreateContext())
        {
            db.Bookings.Add(new Booking
            {
                ReservationNumber = "RES-2026-0042", RoomId = roomId, GuestId = guestId,
                CheckIn = new DateOnly(2027, 5, 3), CheckOut = new DateOnly(2027, 5, 5), RatePerNight = 100,
            });
            await db.SaveChangesAsync();
        }
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings/new");
        await EditorPage.ChooseGuestAsync(page, "Berg", "Berg, Anna");
        await EditorPage.SetStayAsync(page, "2027-05-10", "2027-05-12");
        await EditorPage.ChooseRoomAsync(page, "301");
        await page.GetByLabel("Notes").FillAsync("Arrives late, keep the key at the bar");

        await EditorPage.SetStayAsync(page, "2027-05-04", "2027-05-06");
        // Enter in a field saves, as the button does (Enter in the notes is a new line).
        await page.GetByLabel("Rate per night").PressAsync("Enter");

        await Expect(page.GetByTestId("form-error")).ToContainTextAsync("Room 301 is already booked 3–5 May (RES-2026-0042).");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Arrives late, keep the key at the bar");
        await Expect(EditorPage.Guest(page)).ToHaveValueAsync("Berg, Anna");
        await Expect(EditorPage.CheckIn(page)).ToHaveValueAsync("2027-05-04");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New booking");
    }

    private async Task<(int RoomId, int GuestId)> SeedAsync(string roomNumber, string lastName, string firstName)
    {
        await using var db = app.CreateContext();
        var room = new Room { Number = roomNumber, Name = "Garden double", BaseRate = 120, MaxAdults = 2, MaxChildren = 1 };
        var guest = new Guest { FirstName = firstName, LastName = lastName };
        db.AddRange(room, guest);
        await db.SaveChangesAsync();
        return (room.Id, guest.Id);
    }
}
