using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>
/// What a receptionist types in the booking editor is never lost: a huge paste is said at the field (the live connection
/// stays), Cancel booking keeps the note typed just before, and leaving with unsaved changes asks first.
/// </summary>
public class EditorInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Whether the browser would ask before leaving (what NavigationLock's ConfirmExternalNavigation switches on).
    private const string WouldAskBeforeUnload =
        "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }";

    [Fact]
    public async Task Notes_pasted_at_40_KB_are_said_at_the_field_the_page_stays_live_and_nothing_is_reported_saved()
    {
        var bookingId = await SeedBookingAsync("P1", notes: "Quiet room");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);
        var notes = page.GetByLabel("Notes");

        await notes.FillAsync(new string('n', 40_960));
        await notes.PressAsync("Tab");

        await Expect(page.GetByText("Notes can be at most 4,000 characters; this is 40,960.")).ToBeVisibleAsync();
        Assert.Equal(40_960, await notes.EvaluateAsync<int>("field => field.value.length"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByTestId("form-error")).ToHaveTextAsync("Not saved: a field holds more text than it takes. Shorten it, then save again.");
        await Expect(page.GetByText("Booking saved")).ToHaveCountAsync(0);
        await page.GetByLabel("Rate per night").FillAsync("150");
        await Expect(page.GetByTestId("grand-total")).ToHaveTextAsync("300.00");
        Assert.Equal("Quiet room", (await LoadAsync(bookingId)).Notes);

        await notes.FillAsync("Quiet room, arrives late");
        await notes.PressAsync("Tab");
        await Expect(page.GetByText("Notes can be at most")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("Booking saved").First).ToBeVisibleAsync();
        Assert.Equal(("Quiet room, arrives late", 150m), await NotesAndRateAsync(bookingId));
    }

    [Fact]
    public async Task Notes_as_long_as_the_column_in_characters_that_take_the_most_room_on_the_wire_are_saved()
    {
        var bookingId = await SeedBookingAsync("P2");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);
        // Each escapes to six bytes in the circuit's message: 4,000 of them must still fit it.
        var longest = string.Concat(Enumerable.Repeat("\u0001", FieldLimits.Bookings.Notes));

        await page.GetByLabel("Notes").FillAsync(longest);
        await page.GetByLabel("Notes").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.GetByText("Booking saved").First).ToBeVisibleAsync();
        Assert.Equal(longest, (await LoadAsync(bookingId)).Notes);
    }

    [Fact]
    public async Task Cancel_booking_saves_the_note_typed_just_before_and_says_so_first()
    {
        var bookingId = await SeedBookingAsync("P3", notes: "Quiet room");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);

        await page.GetByLabel("Notes").FillAsync("Guest phoned: flight cancelled, no fee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("Your unsaved changes, such as notes, are saved with the cancellation.");
        await question.GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();

        await Expect(page.GetByText(new Regex(@"^Booking RES-\d{4}-\d{4} cancelled$"))).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Guest phoned: flight cancelled, no fee");
        var booking = await LoadAsync(bookingId);
        Assert.Equal((BookingStatus.Cancelled, "Guest phoned: flight cancelled, no fee"), (booking.Status, booking.Notes));
    }

    [Fact]
    public async Task Leaving_with_unsaved_changes_asks_first_and_staying_keeps_them()
    {
        var bookingId = await SeedBookingAsync("P4");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);
        await page.GetByLabel("Notes").FillAsync("Wants a cot");
        await page.GetByLabel("Notes").PressAsync("Tab");

        await page.GetByRole(AriaRole.Link, new() { Name = "← Bookings" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("You have changes that are not saved yet. Leave this page and lose them?");
        await question.GetByRole(AriaRole.Button, new() { Name = "Stay here" }).ClickAsync();

        await Expect(question).ToHaveCountAsync(0);
        Assert.EndsWith($"/bookings/{bookingId}", page.Url);
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Wants a cot");

        await page.GetByRole(AriaRole.Button, new() { Name = "Back to list" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Leave without saving" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/bookings$"));
        Assert.Null((await LoadAsync(bookingId)).Notes);
    }

    [Fact]
    public async Task Closing_the_tab_with_unsaved_changes_asks_first()
    {
        var bookingId = await SeedBookingAsync("P5");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);
        Assert.False(await page.EvaluateAsync<bool>(WouldAskBeforeUnload));
        await page.GetByLabel("Notes").FillAsync("Wants a cot");
        await page.GetByLabel("Notes").PressAsync("Tab");
        await page.WaitForFunctionAsync(WouldAskBeforeUnload);

        var asked = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) => { asked.TrySetResult(dialog.Type); _ = dialog.AcceptAsync(); };
        await page.CloseAsync(new() { RunBeforeUnload = true });

        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task A_saved_editor_is_closed_and_left_without_a_question()
    {
        var bookingId = await SeedBookingAsync("P7");
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1400, 500); // scrolled down: the price panel sticks to the top of the window
        await EditorPage.OpenAsync(page, bookingId);
        await page.GetByLabel("Notes").FillAsync("Wants a cot");
        await page.GetByLabel("Notes").PressAsync("Tab");

        await page.Mouse.WheelAsync(0, 2000);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("Booking saved").First).ToBeVisibleAsync();
        var toast = (await page.Locator(".mud-snackbar").First.BoundingBoxAsync())!;
        var price = (await page.GetByLabel("Price breakdown").BoundingBoxAsync())!;
        Assert.False(toast.X < price.X + price.Width && price.X < toast.X + toast.Width
                     && toast.Y < price.Y + price.Height && price.Y < toast.Y + toast.Height, "The toast covers the price panel.");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Bookings" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/bookings$"));
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        Assert.False(await page.EvaluateAsync<bool>(WouldAskBeforeUnload));
    }

    [Fact]
    public async Task An_unchanged_editor_is_left_without_a_question()
    {
        var bookingId = await SeedBookingAsync("P6");
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);

        await page.GetByRole(AriaRole.Link, new() { Name = "← Bookings" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/bookings$"));
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    private async Task<int> SeedBookingAsync(string roomNumber, string? notes = null)
    {
        await using var db = app.CreateContext();
        var room = new Room { Number = roomNumber, Name = "Garden double", BaseRate = 120, MaxAdults = 2, MaxChildren = 1 };
        var guest = new Guest { FirstName = "Ida", LastName = "Lang" };
        var booking = new Booking
        {
            ReservationNumber = $"RES-2027-{8100 + int.Parse(roomNumber[1..])}", Room = room, Guest = guest,
            CheckIn = new DateOnly(2027, 8, 10), CheckOut = new DateOnly(2027, 8, 12), RatePerNight = 120, Notes = notes,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }

    private async Task<Booking> LoadAsync(int bookingId)
    {
        await using var db = app.CreateContext();
        return await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId);
    }

    private async Task<(string? Notes, decimal Rate)> NotesAndRateAsync(int bookingId)
    {
        var booking = await LoadAsync(bookingId);
        return (booking.Notes, booking.RatePerNight);
    }
}
