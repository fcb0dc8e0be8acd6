using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>Two people in two browsers on the same booking: the admin and a receptionist.</summary>
public class BookingMergePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Different_fields_merge_without_asking_and_the_same_field_opens_the_merge_dialog()
    {
        var id = await SeedAsync("501");
        var admin = await app.NewPageAsync(TestAccounts.Admin);
        var staff = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(admin, $"/bookings/{id}");
        await EditorPage.OpenAsync(staff, id);

        await EditorPage.CheckOut(admin).FillAsync("2027-05-07");
        await EditorPage.CheckOut(admin).PressAsync("Tab");
        await SaveAsync(admin);
        await Expect(admin.GetByText("Booking saved").First).ToBeVisibleAsync();
        await staff.GetByLabel("Notes").FillAsync("Late arrival");
        await SaveAsync(staff);

        await Expect(staff.GetByTestId("merge-summary")).ToContainTextAsync("new check-out date; saved your notes.");
        await Expect(EditorPage.CheckOut(staff)).ToHaveValueAsync("2027-05-07");
        Assert.Equal((new DateOnly(2027, 5, 7), "Late arrival"), await StoredAsync(id));

        await AppFixture.OpenAsync(admin, $"/bookings/{id}");
        await admin.GetByLabel("Notes").FillAsync("Notes from the admin");
        await SaveAsync(admin);
        await Expect(admin.GetByText("Booking saved").First).ToBeVisibleAsync();
        await staff.GetByLabel("Notes").FillAsync("Notes from the desk");
        await SaveAsync(staff);

        var dialog = staff.GetByRole(AriaRole.Dialog);
        var notes = dialog.GetByRole(AriaRole.Group, new() { Name = "Notes" });
        await Expect(notes).ToContainTextAsync("Notes from the admin");
        await Expect(notes).ToContainTextAsync("Notes from the desk");
        await notes.GetByLabel("New value for Notes").FillAsync("Admin and desk agreed");
        await Expect(notes.GetByLabel("Type a new value")).ToBeCheckedAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(staff.GetByTestId("merge-summary")).ToContainTextAsync("Used your choice for notes.");
        await Expect(staff.GetByLabel("Notes")).ToHaveValueAsync("Admin and desk agreed");
        Assert.Equal((new DateOnly(2027, 5, 7), "Admin and desk agreed"), await StoredAsync(id));
    }

    [Fact]
    public async Task A_clash_over_the_room_shows_room_numbers_in_the_merge_dialog_and_taking_theirs_keeps_their_room()
    {
        var id = await SeedAsync("511");
        await using (var db = app.CreateContext())
        {
            db.Rooms.AddRange(new Room { Number = "512", BaseRate = 100 }, new Room { Number = "513", BaseRate = 100 });
            await db.SaveChangesAsync();
        }
        var staff = await app.NewPageAsync(TestAccounts.Staff);
        await EditorPage.OpenAsync(staff, id);

        // Someone moves the guest to room 512 while the desk, unaware, picks room 513.
        await Sql.ExecuteAsync(app.ConnectionString,
            $"UPDATE bookings SET room_id = (SELECT id FROM rooms WHERE number = '512') WHERE id = {id}");
        await EditorPage.ChooseRoomAsync(staff, "513");
        await SaveAsync(staff);

        var room = staff.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Group, new() { Name = "Room" });
        await Expect(room.Locator("dd")).ToHaveTextAsync(["Room 511", "Room 512", "Room 513"]);
        await room.GetByLabel("Take theirs").CheckAsync();
        await staff.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(EditorPage.Room(staff)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^512 ·"));
        await using var check = app.CreateContext();
        Assert.Equal("512", (await check.Bookings.AsNoTracking().Include(b => b.Room).SingleAsync(b => b.Id == id)).Room!.Number);
    }

    [Fact]
    public async Task A_booking_deleted_while_i_edit_it_can_be_recreated_from_my_copy()
    {
        var id = await SeedAsync("502");
        var staff = await app.NewPageAsync(TestAccounts.Staff);
        await EditorPage.OpenAsync(staff, id);
        await using (var db = app.CreateContext())
            await db.Bookings.Where(b => b.Id == id).ExecuteDeleteAsync();
        // The editor says so above the form, which moves the buttons: act once it has.
        await Expect(staff.Locator("[data-changed-elsewhere=deleted]")).ToBeVisibleAsync();

        await staff.GetByLabel("Notes").FillAsync("Guest asked for a cot");
        await SaveAsync(staff);
        await Expect(staff.GetByTestId("deleted-meanwhile")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Someone outside BookingWeb deleted this booking at \d\d:\d\d while you were editing it\."));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Re-create from my copy" }).ClickAsync();

        await staff.WaitForURLAsync(url => !url.EndsWith($"/bookings/{id}"));
        await Expect(staff.GetByTestId("deleted-meanwhile")).ToHaveCountAsync(0);
        await Expect(staff.GetByLabel("Notes")).ToHaveValueAsync("Guest asked for a cot");
        await using var check = app.CreateContext();
        var recreated = await check.Bookings.AsNoTracking().SingleAsync(b => b.Notes == "Guest asked for a cot");
        Assert.NotEqual("RES-2027-0502", recreated.ReservationNumber);
    }

    private static Task SaveAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

    private async Task<(DateOnly, string?)> StoredAsync(int id)
    {
        await using var db = app.CreateContext();
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == id);
        return (booking.CheckOut, booking.Notes);
    }

    private async Task<int> SeedAsync(string roomNumber)
    {
        await using var db = app.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = $"RES-2027-0{roomNumber}",
            Room = new Room { Number = roomNumber, BaseRate = 100 },
            Guest = new Guest { FirstName = "Jonas", LastName = "Vogel" },
            CheckIn = new DateOnly(2027, 5, 3), CheckOut = new DateOnly(2027, 5, 5), RatePerNight = 100,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
