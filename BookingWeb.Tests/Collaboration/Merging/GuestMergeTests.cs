using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>Anna and me on one guest, each with our own context, against a real PostgreSQL.</summary>
public class GuestMergeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly TwoReceptionists _desks = new(database);

    [Fact]
    public async Task Disjoint_changes_both_survive_without_asking()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());

        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => g.Phone = "+49 30 1234");
        editor.Entity.Notes = "Allergic to feathers";
        var saved = Assert.IsType<MergingSave.Saved>(await editor.SaveAsync());

        Assert.Equal(FieldOutcome.Theirs, saved.Merged!["Phone"].Outcome);
        Assert.Equal(FieldOutcome.Mine, saved.Merged["Notes"].Outcome);
        var stored = await _desks.ReloadAsync<Guest>(editor.Entity.Id);
        Assert.Equal(("+49 30 1234", "Allergic to feathers"), (stored.Phone, stored.Notes));
    }

    [Fact]
    public async Task The_update_after_a_merge_sets_only_my_fields_and_the_audit_stamps()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());

        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => { g.Phone = "+49 30 1234"; g.City = "Potsdam"; });
        editor.Entity.Notes = "Allergic to feathers";
        editor.Entity.Email = "mia@new.example";
        Assert.IsType<MergingSave.Saved>(await editor.SaveAsync());

        Assert.Equal(["email", "notes", "updated_at", "updated_by"], _desks.Updates.SetLists[^1]);
        var stored = await _desks.ReloadAsync<Guest>(editor.Entity.Id);
        Assert.Equal(("+49 30 1234", "Potsdam", "mia@new.example", "me"), (stored.Phone, stored.City, stored.Email, stored.UpdatedBy));
    }

    [Fact]
    public async Task When_anna_already_saved_what_I_typed_nothing_more_is_written()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());

        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => g.City = "Potsdam");
        editor.Entity.City = "Potsdam";
        var saved = Assert.IsType<MergingSave.Saved>(await editor.SaveAsync());

        Assert.Equal(FieldOutcome.BothSame, saved.Merged!["City"].Outcome);
        Assert.Single(_desks.Updates.SetLists);
        Assert.Equal("anna", (await _desks.ReloadAsync<Guest>(editor.Entity.Id)).UpdatedBy);
    }

    [Fact]
    public async Task The_same_field_changed_by_both_is_a_conflict_carrying_all_three_values_and_saves_nothing()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());

        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => g.City = "Potsdam");
        editor.Entity.City = "Leipzig";
        editor.Entity.Notes = "Regular";
        var conflicted = Assert.IsType<MergingSave.Conflicted>(await editor.SaveAsync());

        var city = Assert.Single(conflicted.Merge.Conflicts);
        Assert.Equal(("City", "Berlin", "Leipzig", "Potsdam"), (city.Field, city.Original, city.Mine, city.Theirs));
        var stored = await _desks.ReloadAsync<Guest>(editor.Entity.Id);
        Assert.Equal(("Potsdam", null), (stored.City, stored.Notes));
        Assert.Equal(stored.Version, conflicted.DatabaseVersion);
    }

    [Fact]
    public async Task A_resolved_conflict_saves_in_a_fresh_context_writing_only_what_differs_from_theirs()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());
        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => { g.City = "Potsdam"; g.Phone = "+49 30 1234"; });
        editor.Entity.City = "Leipzig";
        editor.Entity.Notes = "Regular";
        var conflicted = Assert.IsType<MergingSave.Conflicted>(await editor.SaveAsync());

        var resolved = conflicted.Merge.Resolve(new Dictionary<string, FieldChoice> { ["City"] = FieldChoice.Custom("Leipzig-Mitte") });
        await using (var later = await _desks.OpenAsync<Guest>(editor.Entity.Id))
        {
            var saved = await MergingSaver.SaveResolvedAsync(later.Db, later.Db.Entry(later.Entity), resolved, conflicted.DatabaseVersion);
            Assert.Equal(new MergingSave.Saved(null), saved);
        }

        Assert.Equal(["city", "notes", "updated_at", "updated_by"], _desks.Updates.SetLists[^1]);
        var stored = await _desks.ReloadAsync<Guest>(editor.Entity.Id);
        Assert.Equal(("Leipzig-Mitte", "+49 30 1234", "Regular"), (stored.City, stored.Phone, stored.Notes));
    }

    [Fact]
    public async Task A_resolution_saved_after_yet_another_save_merges_with_that_one_too()
    {
        var (id, conflicted) = await ConflictOverTheCityAsync();

        await _desks.ChangeAsAnnaAsync<Guest>(id, g => g.Phone = "+49 30 9999");
        await using var later = await _desks.OpenAsync<Guest>(id);
        var saved = await MergingSaver.SaveResolvedAsync(later.Db, later.Db.Entry(later.Entity), conflicted.Merge.ResolveAllMine(), conflicted.DatabaseVersion);

        Assert.Equal(FieldOutcome.Theirs, Assert.IsType<MergingSave.Saved>(saved).Merged!["Phone"].Outcome);
        var stored = await _desks.ReloadAsync<Guest>(id);
        Assert.Equal(("Leipzig", "+49 30 9999"), (stored.City, stored.Phone));
    }

    [Fact]
    public async Task A_resolution_applied_by_hand_after_yet_another_save_is_caught_by_the_version_check()
    {
        var (id, conflicted) = await ConflictOverTheCityAsync();

        await _desks.ChangeAsAnnaAsync<Guest>(id, g => g.Phone = "+49 30 9999");
        await using var later = await _desks.OpenAsync<Guest>(id);
        EntityMerger.Apply(later.Db.Entry(later.Entity), conflicted.Merge.ResolveAllMine(), conflicted.DatabaseVersion);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => later.Db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_save_that_races_twice_merges_twice_and_keeps_the_newest_of_their_changes()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());

        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => g.Phone = "+49 30 1111");
        editor.Entity.Notes = "Regular";
        _desks.Updates.BeforeNextUpdate(() =>
        {
            _desks.Updates.BeforeNextUpdate(() => _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => g.Phone = "+49 30 2222"));
            return Task.CompletedTask;
        });
        var saved = Assert.IsType<MergingSave.Saved>(await editor.SaveAsync());

        Assert.Equal(3, _desks.Updates.SetLists.Count);
        Assert.Equal(FieldOutcome.Theirs, saved.Merged!["Phone"].Outcome);
        var stored = await _desks.ReloadAsync<Guest>(editor.Entity.Id);
        Assert.Equal(("+49 30 2222", "Regular"), (stored.Phone, stored.Notes));
    }

    [Fact]
    public async Task A_guest_deleted_meanwhile_is_reported_with_my_copy_and_not_re_created()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());

        await _desks.DeleteAsAnnaAsync<Guest>(editor.Entity.Id);
        editor.Entity.Notes = "Regular";
        var deleted = Assert.IsType<MergingSave.DeletedMeanwhile>(await editor.SaveAsync());

        Assert.True(deleted.Merge.IsDeletedMeanwhile);
        Assert.Equal("Regular", deleted.Merge.Mine["Notes"]);
        await using var check = database.CreateContext();
        Assert.False(await check.Guests.AnyAsync(g => g.Id == editor.Entity.Id));
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

    private async Task<(int Id, MergingSave.Conflicted Conflict)> ConflictOverTheCityAsync()
    {
        await using var editor = await _desks.OpenAsync<Guest>(await AddGuestAsync());
        await _desks.ChangeAsAnnaAsync<Guest>(editor.Entity.Id, g => g.City = "Potsdam");
        editor.Entity.City = "Leipzig";
        return (editor.Entity.Id, Assert.IsType<MergingSave.Conflicted>(await editor.SaveAsync()));
    }

    private async Task<int> AddGuestAsync()
    {
        await using var db = database.CreateContext();
        var guest = new Guest { FirstName = "Mia", LastName = "Müller", City = "Berlin" };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest.Id;
    }
}
