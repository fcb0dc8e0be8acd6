using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Tests.Features.Bookings;

public class BookingServiceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly May3 = new(2027, 5, 3);
    private readonly BookingService _bookings = new(database.ContextFactory, TestHotel.Clock(), NullLogger<BookingService>.Instance);

    [Fact]
    public async Task A_new_booking_gets_a_reservation_number_of_this_year()
    {
        var (room, guest) = await SeedAsync("101");
        var saved = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, May3, 2)));
        var booking = await _bookings.LoadAsync(saved.Id);
        Assert.Matches($@"^RES-{TestHotel.Today.Year}-\d{{4}}$", booking!.ReservationNumber);
    }

    [Fact]
    public async Task Fifty_bookings_created_at_once_get_fifty_distinct_reservation_numbers()
    {
        var guest = (await SeedAsync("P0")).Guest;
        var rooms = new List<Room>();
        await using (var db = database.CreateContext())
        {
            for (var i = 1; i <= 50; i++) rooms.Add(new Room { Number = $"P{i}", BaseRate = 80 });
            db.Rooms.AddRange(rooms);
            await db.SaveChangesAsync();
        }

        var results = await Task.WhenAll(rooms.Select(room => Task.Run(() => _bookings.SaveAsync(Draft(room, guest, May3, 3)))));

        var ids = results.Select(r => Assert.IsType<SaveResult.Saved>(r).Id).ToList();
        await using var check = database.CreateContext();
        var numbers = await check.Bookings.Where(b => ids.Contains(b.Id)).Select(b => b.ReservationNumber).ToListAsync();
        Assert.Equal(50, numbers.Distinct().Count());
    }

    [Fact]
    public async Task An_overlapping_stay_is_refused_with_a_sentence_naming_the_other_booking()
    {
        var (room, guest) = await SeedAsync("12");
        var first = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, May3, 2)));
        var firstNumber = (await _bookings.LoadAsync(first.Id))!.ReservationNumber;

        var refused = Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(Draft(room, guest, May3.AddDays(1), 3)));

        Assert.Equal($"Room 12 is already booked 3–5 May ({firstNumber}).", refused.FieldErrors["RoomId"]);
    }

    [Fact]
    public async Task Amounts_beyond_what_the_columns_hold_are_refused_per_field_before_the_database_sees_them()
    {
        var (room, guest) = await SeedAsync("L1");
        var draft = Draft(room, guest, May3, 2);
        draft.RatePerNight = 1_000_000_000m;
        draft.Services.Add(new ServiceLine { Description = "Minibar", Quantity = 1, UnitPrice = decimal.MaxValue });
        draft.Reminders.Add(new ReminderLine { DueAt = new DateTime(2027, 5, 3, 9, 0, 0), Text = new string('r', 1001) });

        var refused = Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(draft));

        Assert.Equal("The rate per night can be at most 99,999,999.99.", refused.FieldErrors[nameof(BookingDraft.RatePerNight)]);
        Assert.Equal("Service 1: the price can be at most 99,999,999.99.", refused.FieldErrors["Services[0].UnitPrice"]);
        Assert.Equal("Reminder 1: the text can be at most 1,000 characters; this is 1,001.", refused.FieldErrors["Reminders[0].Text"]);
    }

    [Fact]
    public async Task A_stay_whose_total_no_column_could_hold_is_refused_at_the_rate()
    {
        var (room, guest) = await SeedAsync("L2");
        var draft = Draft(room, guest, May3, 3);
        draft.RatePerNight = 99_999_999m;

        var refused = Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(draft));

        Assert.Equal("The room total (3 nights × rate) can be at most 99,999,999.99.", refused.FieldErrors[nameof(BookingDraft.RatePerNight)]);
    }

    [Fact]
    public async Task Cancelling_a_booking_frees_its_nights()
    {
        var (room, guest) = await SeedAsync("14");
        var first = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, May3, 2)));
        var loaded = await _bookings.LoadAsync(first.Id);
        Assert.IsType<SaveResult.Saved>(await _bookings.CancelAsync(first.Id, loaded!.Version));

        Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, May3, 2)));
    }

    [Fact]
    public async Task A_party_bigger_than_the_room_is_refused_in_plain_words()
    {
        var (room, guest) = await SeedAsync("15", maxAdults: 2, maxChildren: 1);
        var draft = Draft(room, guest, May3, 1);
        draft.Adults = 3;
        var refused = Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(draft));
        Assert.Equal("Room 15 sleeps at most 2 adults and 1 child.", refused.FieldErrors["Adults"]);

        draft.Adults = 2;
        draft.Children = 2;
        refused = Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(draft));
        Assert.Contains("Children", refused.FieldErrors.Keys);
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var refused = Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(new BookingDraft { CheckIn = May3, CheckOut = May3 }));
        Assert.Equal(["CheckOut", "GuestId", "RoomId"], refused.FieldErrors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task A_booking_and_its_lines_save_together_and_edit_by_line()
    {
        var (room, guest) = await SeedAsync("16");
        var draft = Draft(room, guest, May3, 2);
        draft.Services.Add(new ServiceLine { Description = "Breakfast", Quantity = 4, UnitPrice = 12.5m });
        draft.Discounts.Add(new DiscountLine { Description = "Returning guest", Kind = DiscountKind.Percent, Value = 10 });
        draft.Reminders.Add(new ReminderLine { Text = "Late arrival", DueAt = new DateTime(2027, 5, 3, 18, 0, 0) });
        var saved = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(draft));

        var loaded = (await _bookings.LoadAsync(saved.Id))!;
        Assert.Equal(225m, loaded.Totals!.GrandTotal); // (2 × 100 + 50) − 10 %
        loaded.Services[0].Quantity = 2;
        loaded.Discounts.Clear();
        Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(loaded));

        var reloaded = (await _bookings.LoadAsync(saved.Id))!;
        Assert.Equal(225m, reloaded.Totals!.GrandTotal); // 200 + 25
        Assert.Empty(reloaded.Discounts);
        Assert.Single(reloaded.Reminders);
    }

    [Fact]
    public async Task A_refused_line_leaves_the_booking_untouched()
    {
        var (room, guest) = await SeedAsync("17");
        var saved = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, May3, 2)));
        var loaded = (await _bookings.LoadAsync(saved.Id))!;
        loaded.Notes = "should not be saved";
        loaded.Discounts.Add(new DiscountLine { Description = "Too much", Kind = DiscountKind.Percent, Value = 150 });

        Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(loaded));

        Assert.Null((await _bookings.LoadAsync(saved.Id))!.Notes);
    }

    [Fact]
    public async Task Saving_a_stale_copy_is_refused_not_overwritten()
    {
        var (room, guest) = await SeedAsync("18");
        var saved = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(Draft(room, guest, May3, 2)));
        var mine = (await _bookings.LoadAsync(saved.Id))!;
        var theirs = (await _bookings.LoadAsync(saved.Id))!;
        theirs.Notes = "theirs";
        Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(theirs));

        mine.Notes = "mine";
        Assert.IsType<SaveResult.Invalid>(await _bookings.SaveAsync(mine));
        Assert.Equal("theirs", (await _bookings.LoadAsync(saved.Id))!.Notes);
    }

    [Fact]
    public async Task Deleting_removes_the_booking_and_its_lines()
    {
        var (room, guest) = await SeedAsync("19");
        var draft = Draft(room, guest, May3, 2);
        draft.Services.Add(new ServiceLine { Description = "Parking", Quantity = 2, UnitPrice = 8 });
        var saved = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(draft));
        var loaded = (await _bookings.LoadAsync(saved.Id))!;

        Assert.IsType<DeleteResult.Deleted>(await _bookings.DeleteAsync(saved.Id, loaded.Version));

        Assert.Null(await _bookings.LoadAsync(saved.Id));
        await using var db = database.CreateContext();
        Assert.False(await db.AdditionalServices.AnyAsync(s => s.BookingId == saved.Id));
    }

    [Fact]
    public async Task A_ticked_reminder_shows_the_name_of_whoever_ticked_it_not_their_id()
    {
        var anna = new TestUser("user-anna", "Anna Reception", "Staff");
        await using (var db = database.CreateContext())
        {
            db.Users.Add(new StaffUser { Id = anna.Id, UserName = "anna@test.hotel", DisplayName = anna.DisplayName });
            await db.SaveChangesAsync();
        }
        var annasBookings = SignedInServices.For(database, anna, services => services.AddBookings()).GetRequiredService<BookingService>();
        var (room, guest) = await SeedAsync("20");
        var draft = Draft(room, guest, May3, 2);
        draft.Reminders.Add(new ReminderLine { DueAt = new DateTime(2027, 5, 2, 9, 0, 0), Text = "Call about late arrival" });
        var saved = Assert.IsType<SaveResult.Saved>(await _bookings.SaveAsync(draft));

        var loaded = (await annasBookings.LoadAsync(saved.Id))!;
        loaded.Reminders[0].Done = true;
        Assert.IsType<SaveResult.Saved>(await annasBookings.SaveAsync(loaded));
        var reminder = (await _bookings.LoadAsync(saved.Id))!.Reminders.Single();

        Assert.Equal(anna.Id, reminder.DoneBy);
        Assert.Equal("Anna Reception", reminder.DoneByName);
    }

    private static BookingDraft Draft(Room room, Guest guest, DateOnly checkIn, int nights) => new()
    {
        GuestId = guest.Id, RoomId = room.Id, CheckIn = checkIn, CheckOut = checkIn.AddDays(nights),
        Adults = 1, RatePerNight = room.BaseRate,
    };

    private async Task<(Room Room, Guest Guest)> SeedAsync(string roomNumber, int maxAdults = 2, int maxChildren = 1)
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = roomNumber, BaseRate = 100, MaxAdults = maxAdults, MaxChildren = maxChildren };
        var guest = new Guest { FirstName = "Mia", LastName = "Müller", Email = "mia@example.com" };
        db.AddRange(room, guest);
        await db.SaveChangesAsync();
        return (room, guest);
    }
}
