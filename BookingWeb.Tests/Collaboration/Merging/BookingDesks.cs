using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>
/// Two signed-in receptionists, Anna and me, each with the BookingService the editor page uses (their own scope and
/// contexts), plus seeding and reading bookings straight from the database.
/// </summary>
internal sealed class BookingDesks(DatabaseFixture database)
{
    public static readonly TestUser Anna = new("user-anna", "Anna Reception", "Staff");
    public static readonly TestUser Me = new("user-me", "Sam Staff", "Staff");
    public static readonly DateOnly May3 = new(2027, 5, 3);
    private static int _rooms;

    public BookingService AnnasService { get; } = ServiceFor(database, Anna);
    public BookingService MyService { get; } = ServiceFor(database, Me);
    public BookingMergeService MyMerges { get; } = MergesFor(database, Me);

    public static BookingService ServiceFor(DatabaseFixture database, TestUser user) =>
        SignedInServices.For(database, user, s => s.AddBookings()).GetRequiredService<BookingService>();

    /// <summary>What saves <paramref name="user"/>'s choices in the merge dialog.</summary>
    public static BookingMergeService MergesFor(DatabaseFixture database, TestUser user) =>
        SignedInServices.For(database, user, s => s.AddBookings()).GetRequiredService<BookingMergeService>();

    /// <summary>Anna and me as staff accounts, so that names show instead of ids.</summary>
    public async Task AddStaffAsync()
    {
        await using var db = database.CreateContext();
        foreach (var user in new[] { Anna, Me }.Where(u => !db.Users.Any(x => x.Id == u.Id)))
            db.Users.Add(new StaffUser { Id = user.Id, UserName = $"{user.Id}@test.hotel", DisplayName = user.DisplayName });
        await db.SaveChangesAsync();
    }

    public async Task<Room> AddRoomAsync()
    {
        await using var db = database.CreateContext();
        var room = new Room { Number = $"C{Interlocked.Increment(ref _rooms)}", BaseRate = 100, MaxAdults = 4, MaxChildren = 4 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room;
    }

    /// <summary>A booking of two nights from 3 May with the given services, saved through the service; returns its id.</summary>
    public async Task<int> AddBookingAsync(Room? room = null, DateOnly? checkIn = null, params string[] services)
    {
        room ??= await AddRoomAsync();
        await using var db = database.CreateContext();
        var guest = new Guest { FirstName = "Mia", LastName = "Müller" };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        var draft = new BookingDraft
        {
            GuestId = guest.Id, RoomId = room.Id, CheckIn = checkIn ?? May3, CheckOut = (checkIn ?? May3).AddDays(2), Adults = 1, RatePerNight = 100,
            Services = services.Select(s => new ServiceLine { Description = s, UnitPrice = 10 }).ToList(),
        };
        var saved = await MyService.SaveAsync(draft);
        return Xunit.Assert.IsType<BookingWeb.Collaboration.Merging.SaveResult.Saved>(saved).Id;
    }

    /// <summary>Opens the booking as an editor does: the draft to change and a copy of what was loaded.</summary>
    public static async Task<(BookingDraft Draft, BookingDraft Original)> OpenAsync(BookingService service, int id)
    {
        var draft = (await service.LoadAsync(id))!;
        return (draft, draft.Copy());
    }

    /// <summary>Anna opens the booking, changes it and saves.</summary>
    public async Task AnnaSavesAsync(int id, Action<BookingDraft> change)
    {
        var (draft, original) = await OpenAsync(AnnasService, id);
        change(draft);
        var result = await AnnasService.SaveAsync(draft, original);
        Xunit.Assert.True(result is BookingWeb.Collaboration.Merging.SaveResult.Saved or BookingWeb.Collaboration.Merging.SaveResult.Merged, $"Anna's save: {result}");
    }

    /// <summary>I open the booking, Anna changes and saves it meanwhile, then I change my copy and save: what my save ends in.</summary>
    public async Task<BookingWeb.Collaboration.Merging.SaveResult> RaceAsync(int id, Action<BookingDraft> annas, Action<BookingDraft> mine)
    {
        var (draft, original) = await OpenAsync(MyService, id);
        await AnnaSavesAsync(id, annas);
        mine(draft);
        return await MyService.SaveAsync(draft, original);
    }

    public async Task<Booking?> ReloadAsync(int id)
    {
        await using var db = database.CreateContext();
        return await db.Bookings.AsNoTracking().AsSplitQuery().Include(b => b.Services).Include(b => b.Discounts).Include(b => b.Reminders)
            .SingleOrDefaultAsync(b => b.Id == id);
    }
}
