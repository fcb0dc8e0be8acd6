using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Guests;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>A guest and a booking for each spelling staff might meet, seeded once for the class.</summary>
public sealed class SpellingsDatabase : DatabaseFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var room = new Room { Number = "12", BaseRate = 90 };
        Guest Add(string first, string last, string? email = null, string? phone = null)
        {
            var guest = new Guest { FirstName = first, LastName = last, Email = email, Phone = phone };
            db.Add(guest);
            return guest;
        }
        var guests = new[]
        {
            Add("Jürgen", "Müller", "j.mueller@example.de"), Add("Sofia", "Weiß", phone: "+34 631 230 493"),
            Add("Anna", "Schmidt", "anna@example.com"), Add("Zoë", "Øster"),
        };
        db.Add(room);
        await db.SaveChangesAsync();
        var day = new DateOnly(2027, 3, 1);
        foreach (var (guest, i) in guests.Select((g, i) => (g, i)))
        {
            db.Add(new Booking
            {
                ReservationNumber = $"RES-2027-{i + 1:0000}", GuestId = guest.Id, RoomId = room.Id, Adults = 1, RatePerNight = 90,
                CheckIn = day.AddDays(2 * i), CheckOut = day.AddDays(2 * i + 1),
            });
        }
        await db.SaveChangesAsync();
    }
}

/// <summary>Search finds what staff type, however they spell umlauts, and phone numbers without their spaces.</summary>
public class FoldedSearchTests(SpellingsDatabase database) : IClassFixture<SpellingsDatabase>
{
    private readonly GuestService _guests = SignedInServices.For(database, TestUser.Staff, services => services.AddGuests())
        .GetRequiredService<GuestService>();

    private readonly BookingQueries _bookings = new(database.ContextFactory,
        new SharedReads(new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System), NullLogger<BookingQueries>.Instance);

    [Theory]
    [InlineData("muller", "Müller, Jürgen")]
    [InlineData("müller", "Müller, Jürgen")]
    [InlineData("mueller", "Müller, Jürgen")]
    [InlineData("MÜLLER", "Müller, Jürgen")]
    [InlineData("jurgen muller", "Müller, Jürgen")]
    [InlineData("weiss", "Weiß, Sofia")]
    [InlineData("weiß", "Weiß, Sofia")]
    [InlineData("zoe oster", "Øster, Zoë")]
    [InlineData("230493", "Weiß, Sofia")]
    [InlineData("631 230", "Weiß, Sofia")]
    [InlineData("+34 631 230 493", "Weiß, Sofia")]
    public async Task The_guest_picker_finds_a_guest_however_the_name_or_number_is_typed(string typed, string found)
    {
        var options = await _guests.SearchAsync(typed);

        Assert.Equal([found], options.Select(o => o.Display.Split(" · ")[0]));
    }

    [Theory]
    [InlineData("mueller", "RES-2027-0001")]
    [InlineData("muller", "RES-2027-0001")]
    [InlineData("weiss", "RES-2027-0002")]
    [InlineData("230493", "RES-2027-0002")]
    [InlineData("2027-0003", "RES-2027-0003")]
    public async Task The_bookings_list_finds_a_guests_bookings_however_the_name_or_number_is_typed(string typed, string found)
    {
        var page = await _bookings.ListAsync(new BookingFilter { Search = typed }, BookingSort.Default, 0, 25);

        Assert.Equal([found], page.Items.Select(i => i.ReservationNumber));
    }

    [Fact]
    public async Task A_search_for_a_percent_sign_or_underscore_finds_only_what_holds_one()
    {
        Assert.Empty(await _guests.SearchAsync("%"));
        Assert.Empty(await _guests.SearchAsync("_"));
    }
}
