using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Guests;
using BookingWeb.Features.Rooms;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static BookingWeb.Tests.Collaboration.Merging.BookingDesks;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>Guest and room editors: the page keeps a copy of what it loaded and the service merges through MergingSaver.</summary>
public class GuestAndRoomServiceMergeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly BookingDesks _desks = new(database);
    private static readonly TestUser AnnaAdmin = Anna with { Role = "Admin" };

    public Task InitializeAsync() => _desks.AddStaffAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private GuestService Guests(TestUser user) => SignedInServices.For(database, user, s => s.AddGuests()).GetRequiredService<GuestService>();
    private RoomService Rooms(TestUser user) => SignedInServices.For(database, user, s => s.AddRooms()).GetRequiredService<RoomService>();

    [Fact]
    public async Task Disjoint_guest_changes_merge_and_the_form_gets_the_merged_values()
    {
        var id = await AddGuestAsync();
        var (annas, mine, original) = await OpenGuestTwiceAsync(id);
        annas.Phone = "+49 30 1234";
        Assert.IsType<SaveResult.Saved>(await Guests(Anna).SaveAsync(annas));

        mine.City = "Berlin";
        var merged = Assert.IsType<SaveResult.Merged>(await Guests(Me).SaveAsync(mine, original));

        Assert.Equal("Kept Anna Reception's new phone; saved your city.", merged.Summary);
        Assert.Equal(("+49 30 1234", "Berlin"), (mine.Phone, mine.City));
        var stored = (await Guests(Me).GetAsync(id))!;
        Assert.Equal(("+49 30 1234", "Berlin", stored.Version), (stored.Phone, stored.City, mine.Version));
    }

    [Fact]
    public async Task The_same_guest_field_is_a_conflict_and_the_chosen_value_is_saved()
    {
        var id = await AddGuestAsync();
        var (annas, mine, original) = await OpenGuestTwiceAsync(id);
        annas.Email = "anna@example.com";
        await Guests(Anna).SaveAsync(annas);
        mine.Email = "mine@example.com";

        var conflict = Assert.IsType<SaveResult.Conflict>(await Guests(Me).SaveAsync(mine, original));
        var email = Assert.Single(conflict.Merge.Fields);
        Assert.Equal(("E-mail", "anna@example.com", "mine@example.com", "Anna Reception"), (email.Label, email.Theirs, email.Mine, conflict.Merge.TheirName));

        Assert.IsType<SaveResult.Merged>(await conflict.ResolveAsync(
            new Dictionary<MergeKey, FieldChoice> { ["Email"] = FieldChoice.Custom("both@example.com") }));
        Assert.Equal("both@example.com", (await Guests(Me).GetAsync(id))!.Email);
    }

    [Fact]
    public async Task A_guest_deleted_meanwhile_is_reported()
    {
        var id = await AddGuestAsync();
        var mine = (await Guests(Me).GetAsync(id))!;
        var original = (await Guests(Me).GetAsync(id))!;
        Assert.IsType<DeleteResult.Deleted>(await Guests(Anna).DeleteAsync(id));
        mine.City = "Berlin";

        Assert.IsType<SaveResult.DeletedMeanwhile>(await Guests(Me).SaveAsync(mine, original));
    }

    [Fact]
    public async Task Two_admins_changing_a_room_s_rate_differently_get_a_conflict_and_other_fields_merge()
    {
        var id = (await _desks.AddRoomAsync()).Id;
        var rooms = Rooms(AnnaAdmin);
        var me = Rooms(Me with { Role = "Admin" });
        var annas = (await rooms.GetAsync(id))!;
        var mine = (await me.GetAsync(id))!;
        var original = (await me.GetAsync(id))!;
        (annas.BaseRate, annas.Name) = (95, "Garden");
        await rooms.SaveAsync(annas);
        (mine.BaseRate, mine.Notes) = (99, "Quiet");

        var conflict = Assert.IsType<SaveResult.Conflict>(await me.SaveAsync(mine, original));
        Assert.Equal(["BaseRate"], conflict.Merge.Fields.Select(f => f.Key));
        Assert.IsType<SaveResult.Merged>(await conflict.ResolveAsync(new Dictionary<MergeKey, FieldChoice> { ["BaseRate"] = FieldChoice.Theirs }));

        var stored = (await me.GetAsync(id))!;
        Assert.Equal((95m, "Garden", "Quiet"), (stored.BaseRate, stored.Name, stored.Notes));
    }

    /// <summary>Anna's copy, mine, and the original my editor keeps.</summary>
    private async Task<(Guest Annas, Guest Mine, Guest Original)> OpenGuestTwiceAsync(int id) =>
        ((await Guests(Anna).GetAsync(id))!, (await Guests(Me).GetAsync(id))!, (await Guests(Me).GetAsync(id))!);

    private async Task<int> AddGuestAsync()
    {
        await using var db = database.CreateContext();
        var guest = new Guest { FirstName = "Mia", LastName = "Müller" };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest.Id;
    }
}
