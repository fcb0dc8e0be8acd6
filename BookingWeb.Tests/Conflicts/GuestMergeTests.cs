using BookingWeb.Conflicts;
using BookingWeb.Data;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Tests.Conflicts;

/// <summary>Two receptionists on one guest, each with their own context, against a real PostgreSQL.</summary>
public class GuestMergeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly UpdateRecorder _updates = new();

    [Fact]
    public async Task Disjoint_changes_both_survive_without_asking()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));

        await ChangeAsAnnaAsync(id, g => g.Phone = "+49 30 1234");
        guest.Notes = "Allergic to feathers";
        var saved = Assert.IsType<MergingSave.Saved>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        Assert.Equal(FieldOutcome.Theirs, saved.Merged!["Phone"].Outcome);
        Assert.Equal(FieldOutcome.Mine, saved.Merged["Notes"].Outcome);
        var stored = await ReloadAsync(id);
        Assert.Equal(("+49 30 1234", "Allergic to feathers"), (stored.Phone, stored.Notes));
    }

    [Fact]
    public async Task The_update_after_a_merge_sets_only_my_fields_and_the_audit_stamps()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));

        await ChangeAsAnnaAsync(id, g => { g.Phone = "+49 30 1234"; g.City = "Potsdam"; });
        guest.Notes = "Allergic to feathers";
        guest.Email = "mia@new.example";
        Assert.IsType<MergingSave.Saved>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        Assert.Equal(["email", "notes", "updated_at", "updated_by"], _updates.SetLists[^1]);
        var stored = await ReloadAsync(id);
        Assert.Equal(("+49 30 1234", "Potsdam", "mia@new.example"), (stored.Phone, stored.City, stored.Email));
        Assert.Equal("me", stored.UpdatedBy);
    }

    [Fact]
    public async Task The_same_field_changed_by_both_is_a_conflict_carrying_all_three_values_and_saves_nothing()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));

        await ChangeAsAnnaAsync(id, g => g.City = "Potsdam");
        guest.City = "Leipzig";
        guest.Notes = "Regular";
        var conflicted = Assert.IsType<MergingSave.Conflicted>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        var city = Assert.Single(conflicted.Merge.Conflicts);
        Assert.Equal(("City", "Berlin", "Leipzig", "Potsdam"), (city.Field, city.Original, city.Mine, city.Theirs));
        var stored = await ReloadAsync(id);
        Assert.Equal(("Potsdam", null), (stored.City, stored.Notes));
        Assert.Equal(stored.Version, conflicted.DatabaseVersion);
    }

    [Fact]
    public async Task A_resolved_conflict_saves_in_a_fresh_context_against_the_version_it_was_merged_with()
    {
        var id = await AddGuestAsync();
        await using (var mine = MyContext())
        {
            var guest = await mine.Guests.SingleAsync(g => g.Id == id);
            var original = EntitySnapshot.Of(mine.Entry(guest));
            await ChangeAsAnnaAsync(id, g => { g.City = "Potsdam"; g.Phone = "+49 30 1234"; });
            guest.City = "Leipzig";
            guest.Notes = "Regular";
            var conflicted = Assert.IsType<MergingSave.Conflicted>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

            var resolved = conflicted.Merge.Resolve(new Dictionary<string, FieldChoice> { ["City"] = FieldChoice.Custom("Leipzig-Mitte") });
            await using var later = MyContext();
            var fresh = await later.Guests.SingleAsync(g => g.Id == id);
            EntityMerger.Apply(later.Entry(fresh), resolved, conflicted.DatabaseVersion);
            await later.SaveChangesAsync();
        }

        Assert.Equal(["city", "notes", "updated_at", "updated_by"], _updates.SetLists[^1]);
        var stored = await ReloadAsync(id);
        Assert.Equal(("Leipzig-Mitte", "+49 30 1234", "Regular"), (stored.City, stored.Phone, stored.Notes));
    }

    [Fact]
    public async Task A_resolution_applied_after_yet_another_save_is_caught_by_the_version_check()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));
        await ChangeAsAnnaAsync(id, g => g.City = "Potsdam");
        guest.City = "Leipzig";
        var conflicted = Assert.IsType<MergingSave.Conflicted>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        await ChangeAsAnnaAsync(id, g => g.Phone = "+49 30 9999");
        await using var later = MyContext();
        var fresh = await later.Guests.SingleAsync(g => g.Id == id);
        EntityMerger.Apply(later.Entry(fresh), conflicted.Merge.ResolveAllMine(), conflicted.DatabaseVersion);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => later.SaveChangesAsync());
    }

    [Fact]
    public async Task A_save_that_races_twice_merges_twice_and_keeps_the_newest_of_their_changes()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));

        await ChangeAsAnnaAsync(id, g => g.Phone = "+49 30 1111");
        guest.Notes = "Regular";
        _updates.BeforeNextUpdate(() =>
        {
            _updates.BeforeNextUpdate(() => ChangeAsAnnaAsync(id, g => g.Phone = "+49 30 2222"));
            return Task.CompletedTask;
        });
        var saved = Assert.IsType<MergingSave.Saved>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        Assert.Equal(3, _updates.SetLists.Count(set => set.Contains("notes")));
        Assert.Equal(FieldOutcome.Theirs, saved.Merged!["Phone"].Outcome);
        var stored = await ReloadAsync(id);
        Assert.Equal(("+49 30 2222", "Regular"), (stored.Phone, stored.Notes));
    }

    [Fact]
    public async Task When_anna_already_saved_what_I_typed_nothing_more_is_written()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));

        await ChangeAsAnnaAsync(id, g => g.City = "Potsdam");
        guest.City = "Potsdam";
        var saved = Assert.IsType<MergingSave.Saved>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        Assert.Equal(FieldOutcome.BothSame, saved.Merged!["City"].Outcome);
        Assert.Single(_updates.SetLists);
        Assert.Equal("anna", (await ReloadAsync(id)).UpdatedBy);
    }

    [Fact]
    public async Task A_guest_deleted_meanwhile_is_reported_with_my_copy_and_not_re_created()
    {
        var id = await AddGuestAsync();
        await using var mine = MyContext();
        var guest = await mine.Guests.SingleAsync(g => g.Id == id);
        var original = EntitySnapshot.Of(mine.Entry(guest));

        await using (var anna = database.CreateContext("anna"))
            await anna.Guests.Where(g => g.Id == id).ExecuteDeleteAsync();
        guest.Notes = "Regular";
        var deleted = Assert.IsType<MergingSave.DeletedMeanwhile>(await MergingSaver.SaveAsync(mine, mine.Entry(guest), original));

        Assert.True(deleted.Merge.IsDeletedMeanwhile);
        Assert.Equal("Regular", deleted.Merge.Mine["Notes"]);
        await using var check = database.CreateContext();
        Assert.False(await check.Guests.AnyAsync(g => g.Id == id));
    }

    [Fact]
    public async Task A_detached_copy_snapshots_the_same_fields_as_a_tracked_entry()
    {
        var id = await AddGuestAsync();
        await using var db = database.CreateContext();
        var tracked = await db.Guests.SingleAsync(g => g.Id == id);
        var copy = await db.Guests.AsNoTracking().SingleAsync(g => g.Id == id);

        var fromEntry = EntitySnapshot.Of(db.Entry(tracked));

        Assert.Equal(fromEntry, EntitySnapshot.Of(db, copy));
        Assert.DoesNotContain(nameof(Entity.Id), fromEntry.Keys);
        Assert.DoesNotContain(nameof(Entity.Version), fromEntry.Keys);
        Assert.DoesNotContain(nameof(Entity.UpdatedAt), fromEntry.Keys);
        Assert.Contains(nameof(Guest.Notes), fromEntry.Keys);
    }

    private BookingDbContext MyContext() =>
        new(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(database.ConnectionString).AddInterceptors(_updates).Options) { Actor = "me" };

    private async Task<int> AddGuestAsync()
    {
        await using var db = database.CreateContext();
        var guest = new Guest { FirstName = "Mia", LastName = "Müller", City = "Berlin" };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest.Id;
    }

    private async Task ChangeAsAnnaAsync(int id, Action<Guest> change)
    {
        await using var anna = database.CreateContext("anna");
        change(await anna.Guests.SingleAsync(g => g.Id == id));
        await anna.SaveChangesAsync();
    }

    private async Task<Guest> ReloadAsync(int id)
    {
        await using var db = database.CreateContext();
        return await db.Guests.AsNoTracking().SingleAsync(g => g.Id == id);
    }
}
