using BookingWeb.Collaboration.Merging;
using static BookingWeb.Tests.Collaboration.Merging.Snapshots;

namespace BookingWeb.Tests.Collaboration.Merging;

public class ConflictResolutionTests
{
    private static readonly MergeResult TwoConflicts = FieldMerge.Merge(
        Record(("Adults", 1), ("Notes", "a"), ("Children", 0)),
        Record(("Adults", 2), ("Notes", "mine"), ("Children", 0)),
        Record(("Adults", 3), ("Notes", "theirs"), ("Children", 1)));

    [Fact]
    public void Each_conflict_takes_the_value_the_user_picked_for_it()
    {
        var resolved = TwoConflicts.Resolve(new Dictionary<string, FieldChoice>
        {
            ["Adults"] = FieldChoice.Theirs,
            ["Notes"] = FieldChoice.Custom("both: mine and theirs"),
        });

        Assert.True(resolved.CanSave);
        Assert.Equal(3, resolved.Values["Adults"]);
        Assert.Equal("both: mine and theirs", resolved.Values["Notes"]);
        Assert.Equal(1, resolved.Values["Children"]);
        Assert.Equal(FieldOutcome.Resolved, resolved["Adults"].Outcome);
        Assert.Equal(["Notes"], resolved.FieldsToWrite);
    }

    [Fact]
    public void All_mine_keeps_my_value_in_every_conflict_and_their_other_changes()
    {
        var resolved = TwoConflicts.ResolveAllMine();

        Assert.Equal(2, resolved.Values["Adults"]);
        Assert.Equal("mine", resolved.Values["Notes"]);
        Assert.Equal(1, resolved.Values["Children"]);
        Assert.Equal(["Adults", "Notes"], resolved.FieldsToWrite);
    }

    [Fact]
    public void All_theirs_leaves_nothing_to_write()
    {
        var resolved = TwoConflicts.ResolveAllTheirs();

        Assert.Equal(3, resolved.Values["Adults"]);
        Assert.Equal("theirs", resolved.Values["Notes"]);
        Assert.Empty(resolved.FieldsToWrite);
    }

    [Fact]
    public void A_conflict_left_without_a_choice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TwoConflicts.Resolve(new Dictionary<string, FieldChoice> { ["Adults"] = FieldChoice.Mine }));

        Assert.Contains("Notes", error.Message);
    }

    [Fact]
    public void Resolving_keeps_the_three_values_for_the_record()
    {
        var adults = TwoConflicts.ResolveAllMine()["Adults"];

        Assert.Equal((1, 2, 3), (adults.Original, adults.Mine, adults.Theirs));
    }
}
