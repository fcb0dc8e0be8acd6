using BookingWeb.Platform.Data;
using BookingWeb.Features.Guests;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Features.Guests;

public class GuestServiceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly GuestService _guests = SignedInServices.For(database, TestUser.Staff, services => services.AddGuests())
        .GetRequiredService<GuestService>();

    [Fact]
    public async Task A_guest_without_names_is_refused_with_a_message_per_field()
    {
        var result = await _guests.SaveAsync(new Guest { FirstName = " ", LastName = "" });

        var invalid = Assert.IsType<SaveResult.Invalid>(result);
        Assert.Equal("First name is required.", invalid.FieldErrors[nameof(Guest.FirstName)]);
        Assert.Equal("Last name is required.", invalid.FieldErrors[nameof(Guest.LastName)]);
    }

    [Fact]
    public async Task A_malformed_email_and_an_overlong_postal_code_are_refused()
    {
        var result = await _guests.SaveAsync(new Guest
        {
            FirstName = "Mia", LastName = "Müller", Email = "mia.example.com", PostalCode = new string('1', 21),
        });

        var invalid = Assert.IsType<SaveResult.Invalid>(result);
        Assert.Equal("Enter an e-mail address like name@example.com.", invalid.FieldErrors[nameof(Guest.Email)]);
        Assert.Equal("Postal code can be at most 20 characters; this is 21.", invalid.FieldErrors[nameof(Guest.PostalCode)]);
    }

    [Fact]
    public async Task A_saved_guest_can_be_found_by_any_part_of_name_email_or_phone()
    {
        var guest = new Guest { FirstName = "Jonas", LastName = "Findling", Email = "jonas@findling.example", Phone = "+49 30 5550199" };
        Assert.IsType<SaveResult.Saved>(await _guests.SaveAsync(guest));

        Assert.Equal([guest.Id], (await _guests.SearchAsync("jonas findl")).Select(o => o.Id));
        Assert.Equal([guest.Id], (await _guests.SearchAsync("5550199")).Select(o => o.Id));
        var option = Assert.Single(await _guests.SearchAsync("FINDLING.EXAMPLE"));
        Assert.Equal("Findling, Jonas · jonas@findling.example", option.Display);
        Assert.Empty(await _guests.SearchAsync("findling 100%"));
    }

    [Fact]
    public async Task Deleting_a_guest_with_bookings_is_refused_and_the_guest_remains()
    {
        var guest = await AddGuestAsync("Mia", "Müller");
        await AddBookingsAsync(guest.Id, "RES-2026-9001", "RES-2026-9002", "RES-2026-9003");

        var result = await _guests.DeleteAsync(guest.Id);

        var refused = Assert.IsType<DeleteResult.Refused>(result);
        Assert.StartsWith("Mia Müller has 3 bookings and cannot be deleted.", refused.Message);
        Assert.NotNull(await _guests.GetAsync(guest.Id));
    }

    [Fact]
    public async Task Deleting_a_guest_without_bookings_removes_them()
    {
        var guest = await AddGuestAsync("Tom", "Ohnebuchung");

        Assert.IsType<DeleteResult.Deleted>(await _guests.DeleteAsync(guest.Id));

        Assert.Null(await _guests.GetAsync(guest.Id));
    }

    [Fact]
    public async Task A_guests_history_lists_the_newest_stay_first_with_its_grand_total()
    {
        var guest = await AddGuestAsync("Lena", "Historie");
        await AddBookingsAsync(guest.Id, "RES-2026-9101", "RES-2026-9102");

        var history = await _guests.GetBookingHistoryAsync(guest.Id);

        Assert.Equal(["RES-2026-9102", "RES-2026-9101"], history.Select(b => b.ReservationNumber));
        Assert.Equal(2 * 80m, history[0].GrandTotal);
    }

    private async Task<Guest> AddGuestAsync(string firstName, string lastName)
    {
        var guest = new Guest { FirstName = firstName, LastName = lastName };
        Assert.IsType<SaveResult.Saved>(await _guests.SaveAsync(guest));
        return guest;
    }

    /// <summary>Two-night stays in consecutive weeks, each in a room of its own.</summary>
    private async Task AddBookingsAsync(int guestId, params string[] reservationNumbers)
    {
        await using var db = database.CreateContext();
        var checkIn = new DateOnly(2026, 3, 2);
        foreach (var number in reservationNumbers)
        {
            var room = new Room { Number = $"G{number[^4..]}", BaseRate = 80 };
            db.Bookings.Add(new Booking
            {
                ReservationNumber = number, Room = room, GuestId = guestId,
                CheckIn = checkIn, CheckOut = checkIn.AddDays(2), RatePerNight = 80,
            });
            checkIn = checkIn.AddDays(7);
        }
        await db.SaveChangesAsync();
    }
}
