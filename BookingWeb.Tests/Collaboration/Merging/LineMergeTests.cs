using BookingWeb.Collaboration.Merging;
using static BookingWeb.Tests.Collaboration.Merging.Snapshots;

namespace BookingWeb.Tests.Collaboration.Merging;

public class LineMergeTests
{
    private static readonly LineKey Breakfast = LineKey.Row(1);
    private static readonly LineKey Parking = LineKey.Row(2);
    private static readonly LineKey TheirNewLine = LineKey.Row(3);
    private static readonly LineKey MyNewLine = LineKey.New("editor-1");

    private static readonly IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> Loaded =
        Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 8m)));

    [Fact]
    public void Lines_nobody_touched_are_kept_unchanged()
    {
        var result = LineMerge.Merge(Loaded, Loaded, Loaded);

        Assert.All(result.Lines, line => Assert.Equal(LineOutcome.Unchanged, line.Outcome));
        Assert.Equal([Breakfast, Parking], result.Kept.Keys);
    }

    [Fact]
    public void A_line_added_by_me_is_kept_and_must_be_inserted()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 8m)), (MyNewLine, Line("Late check-out", 20m)));

        var line = LineMerge.Merge(Loaded, mine, Loaded)[MyNewLine];

        Assert.Equal(LineOutcome.AddedByMe, line.Outcome);
        Assert.True(MustInsert(line));
        Assert.Equal("Late check-out", line.Merged!["Description"]);
    }

    [Fact]
    public void A_line_added_by_them_is_kept_and_already_in_the_database()
    {
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 8m)), (TheirNewLine, Line("Dog", 15m)));

        var line = LineMerge.Merge(Loaded, Loaded, theirs)[TheirNewLine];

        Assert.Equal(LineOutcome.AddedByThem, line.Outcome);
        Assert.True(line.IsKept);
        Assert.False(MustInsert(line));
    }

    [Fact]
    public void Lines_added_by_both_sides_are_all_kept()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 8m)), (MyNewLine, Line("Dog", 15m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 8m)), (TheirNewLine, Line("Dog", 15m)));

        var result = LineMerge.Merge(Loaded, mine, theirs);

        Assert.False(result.HasConflicts);
        Assert.Equal([Breakfast, Parking, MyNewLine, TheirNewLine], result.Kept.Keys);
    }

    [Fact]
    public void A_line_removed_by_me_and_untouched_by_them_is_removed()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)));

        var result = LineMerge.Merge(Loaded, mine, Loaded);

        Assert.Equal(LineOutcome.RemovedByMe, result[Parking].Outcome);
        Assert.True(MustDelete(result[Parking]));
        Assert.Equal([Breakfast], result.Kept.Keys);
    }

    [Fact]
    public void A_line_removed_by_them_and_untouched_by_me_stays_removed()
    {
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)));

        var result = LineMerge.Merge(Loaded, Loaded, theirs);

        Assert.Equal(LineOutcome.RemovedByThem, result[Parking].Outcome);
        Assert.False(MustDelete(result[Parking]));
        Assert.Equal([Breakfast], result.Kept.Keys);
    }

    [Fact]
    public void A_line_removed_by_both_is_removed_without_a_database_change()
    {
        var both = Lines((Breakfast, Line("Breakfast", 12m)));

        var line = LineMerge.Merge(Loaded, both, both)[Parking];

        Assert.Equal(LineOutcome.RemovedByBoth, line.Outcome);
        Assert.False(MustDelete(line));
    }

    [Fact]
    public void A_line_I_removed_that_they_edited_is_a_conflict()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));

        var result = LineMerge.Merge(Loaded, mine, theirs);

        Assert.Equal(LineOutcome.RemovedByMeEditedByThem, Assert.Single(result.Conflicts).Outcome);
        Assert.Throws<InvalidOperationException>(() => result.Kept);
    }

    [Fact]
    public void A_line_I_edited_that_they_removed_is_a_conflict()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)));

        var result = LineMerge.Merge(Loaded, mine, theirs);

        Assert.Equal(LineOutcome.EditedByMeRemovedByThem, Assert.Single(result.Conflicts).Outcome);
    }

    [Fact]
    public void A_line_edited_only_by_me_writes_my_change()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 13m)), (Parking, Line("Parking", 8m)));

        var line = LineMerge.Merge(Loaded, mine, Loaded)[Breakfast];

        Assert.Equal(LineOutcome.Edited, line.Outcome);
        Assert.Equal(["UnitPrice"], line.Fields!.FieldsToWrite);
        Assert.False(MustInsert(line) || MustDelete(line));
    }

    [Fact]
    public void A_line_edited_only_by_them_keeps_their_values_and_writes_nothing()
    {
        var theirs = Lines((Breakfast, Line("Breakfast", 14m)), (Parking, Line("Parking", 8m)));

        var line = LineMerge.Merge(Loaded, Loaded, theirs)[Breakfast];

        Assert.Equal(LineOutcome.Edited, line.Outcome);
        Assert.Equal(14m, line.Merged!["UnitPrice"]);
        Assert.Empty(line.Fields!.FieldsToWrite);
    }

    [Fact]
    public void A_line_both_edited_in_different_fields_merges_field_by_field()
    {
        var mine = Lines((Breakfast, Line("Breakfast buffet", 12m)), (Parking, Line("Parking", 8m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 14m)), (Parking, Line("Parking", 8m)));

        var line = LineMerge.Merge(Loaded, mine, theirs)[Breakfast];

        Assert.Equal(LineOutcome.Edited, line.Outcome);
        Assert.False(line.IsConflict);
        Assert.Equal(Line("Breakfast buffet", 14m), line.Merged);
        Assert.Equal(["Description"], line.Fields!.FieldsToWrite);
    }

    [Fact]
    public void A_line_both_edited_in_the_same_field_differently_is_a_field_conflict()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 13m)), (Parking, Line("Parking", 8m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 14m)), (Parking, Line("Parking", 8m)));

        var line = Assert.Single(LineMerge.Merge(Loaded, mine, theirs).Conflicts);

        Assert.Equal(LineOutcome.Edited, line.Outcome);
        var price = Assert.Single(line.Fields!.Conflicts);
        Assert.Equal(("UnitPrice", 12m, 13m, 14m), (price.Field, price.Original, price.Mine, price.Theirs));
        Assert.Null(line.Merged);
    }

    [Fact]
    public void Keeping_my_edit_over_their_removal_re_creates_the_line()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)));

        var resolved = LineMerge.Merge(Loaded, mine, theirs).Resolve(new Dictionary<LineKey, LineChoice> { [Parking] = LineChoice.Mine });

        Assert.Equal(LineOutcome.Resolved, resolved[Parking].Outcome);
        Assert.True(MustInsert(resolved[Parking]));
        Assert.Equal(10m, resolved.Kept[Parking]["UnitPrice"]);
    }

    [Fact]
    public void Keeping_their_edit_over_my_removal_keeps_the_line_as_they_saved_it()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));

        var resolved = LineMerge.Merge(Loaded, mine, theirs).ResolveAllTheirs();

        Assert.False(MustInsert(resolved[Parking]));
        Assert.Equal(Line("Parking", 10m), resolved.Kept[Parking]);
    }

    [Fact]
    public void Keeping_my_removal_over_their_edit_deletes_the_line()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));

        var resolved = LineMerge.Merge(Loaded, mine, theirs).ResolveAllMine();

        Assert.True(MustDelete(resolved[Parking]));
        Assert.Equal([Breakfast], resolved.Kept.Keys);
    }

    [Fact]
    public void A_field_conflict_in_a_line_is_settled_per_field()
    {
        var mine = Lines((Breakfast, Line("Breakfast buffet", 13m)), (Parking, Line("Parking", 8m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 14m)), (Parking, Line("Parking", 8m)));
        var choice = LineChoice.PerField(new Dictionary<string, FieldChoice> { ["UnitPrice"] = FieldChoice.Custom(13.50m) });

        var resolved = LineMerge.Merge(Loaded, mine, theirs).Resolve(new Dictionary<LineKey, LineChoice> { [Breakfast] = choice });

        Assert.Equal(Line("Breakfast buffet", 13.50m), resolved.Kept[Breakfast]);
    }

    [Fact]
    public void A_removal_conflict_cannot_be_settled_per_field()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));
        var choice = LineChoice.PerField(new Dictionary<string, FieldChoice>());

        Assert.Throws<ArgumentException>(() =>
            LineMerge.Merge(Loaded, mine, theirs).Resolve(new Dictionary<LineKey, LineChoice> { [Parking] = choice }));
    }

    [Fact]
    public void A_conflicting_line_left_without_a_choice_is_refused()
    {
        var mine = Lines((Breakfast, Line("Breakfast", 12m)));
        var theirs = Lines((Breakfast, Line("Breakfast", 12m)), (Parking, Line("Parking", 10m)));

        Assert.Throws<ArgumentException>(() => LineMerge.Merge(Loaded, mine, theirs).Resolve(new Dictionary<LineKey, LineChoice>()));
    }

    [Fact]
    public void One_key_new_on_both_sides_conflicts_wherever_the_two_differ()
    {
        var line = LineMerge.Merge(Lines(), Lines((TheirNewLine, Line("Dog", 15m))), Lines((TheirNewLine, Line("Dog", 18m))))[TheirNewLine];

        Assert.True(line.IsConflict);
        Assert.Equal("UnitPrice", Assert.Single(line.Fields!.Conflicts).Field);
    }

    [Fact]
    public void Saved_lines_and_new_lines_never_share_a_key()
    {
        Assert.NotEqual(LineKey.Row(1), LineKey.New("1"));
        Assert.Throws<ArgumentOutOfRangeException>(() => LineKey.Row(0));
    }

    /// <summary>What the database has to do with a settled line: insert one kept that is not there, delete one gone that is.</summary>
    private static bool MustInsert(LineResult line) => !line.IsConflict && line.IsKept && line.Theirs is null;

    private static bool MustDelete(LineResult line) => !line.IsConflict && !line.IsKept && line.Theirs is not null;
}
