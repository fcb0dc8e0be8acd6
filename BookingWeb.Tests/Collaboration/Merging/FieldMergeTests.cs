using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using static BookingWeb.Tests.Collaboration.Merging.Snapshots;

namespace BookingWeb.Tests.Collaboration.Merging;

public class FieldMergeTests
{
    /// <summary>Three distinct values per kind of field: what was loaded, what I typed, what they saved.</summary>
    private static readonly (string Kind, object? A, object? B, object? C)[] Kinds =
    [
        ("text", "Anna", "Anne", "Ann"),
        ("optional text from empty", null, "late arrival", "vegan"),
        ("decimal", 80m, 95.50m, 99m),
        ("date", new DateOnly(2027, 5, 3), new DateOnly(2027, 5, 4), new DateOnly(2027, 5, 6)),
        ("optional date", null, new DateOnly(2027, 5, 4), new DateOnly(2027, 5, 6)),
        ("enum", BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Cancelled),
        ("int", 1, 2, 3),
    ];

    public static TheoryData<string, object?, object?, object?, FieldOutcome, object?> EveryCombination()
    {
        var data = new TheoryData<string, object?, object?, object?, FieldOutcome, object?>();
        foreach (var (kind, a, b, c) in Kinds)
        {
            data.Add($"{kind}: nobody changed it", a, a, a, FieldOutcome.Unchanged, a);
            data.Add($"{kind}: only I changed it", a, b, a, FieldOutcome.Mine, b);
            data.Add($"{kind}: only they changed it", a, a, c, FieldOutcome.Theirs, c);
            data.Add($"{kind}: both changed it alike", a, b, b, FieldOutcome.BothSame, b);
            data.Add($"{kind}: both changed it differently", a, b, c, FieldOutcome.Conflict, null);
        }
        data.Add("bool: nobody changed it", false, false, false, FieldOutcome.Unchanged, false);
        data.Add("bool: only I changed it", false, true, false, FieldOutcome.Mine, true);
        data.Add("bool: only they changed it", false, false, true, FieldOutcome.Theirs, true);
        data.Add("bool: both changed it alike", false, true, true, FieldOutcome.BothSame, true);
        data.Add("text: I cleared it, they kept it", "late arrival", null, "late arrival", FieldOutcome.Mine, null);
        data.Add("text: they cleared it, I edited it", "late arrival", "early arrival", null, FieldOutcome.Conflict, null);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void A_field_merges_by_who_changed_it(string situation, object? original, object? mine, object? theirs, FieldOutcome outcome, object? merged)
    {
        var result = FieldMerge.Merge(Record(("F", original)), Record(("F", mine)), Record(("F", theirs)));

        var field = result["F"];
        Assert.True(outcome == field.Outcome, $"{situation}: expected {outcome}, got {field.Outcome}");
        Assert.Equal(merged, field.Merged);
        Assert.Equal(outcome == FieldOutcome.Conflict, result.HasConflicts);
        Assert.Equal((original, mine, theirs), (field.Original, field.Mine, field.Theirs));
    }

    [Fact]
    public void A_decimal_saved_at_another_scale_is_no_change()
    {
        var field = FieldMerge.Merge(Record(("Rate", 1.50m)), Record(("Rate", 1.5m)), Record(("Rate", 1.50m)))["Rate"];

        Assert.Equal(FieldOutcome.Unchanged, field.Outcome);
        Assert.False(field.MustWrite);
    }

    [Fact]
    public void An_optional_text_emptied_by_me_and_nulled_by_them_is_the_same_change()
    {
        var field = FieldMerge.Merge(Record(("Notes", "vip")), Record(("Notes", "")), Record(("Notes", null)))["Notes"];

        Assert.Equal(FieldOutcome.BothSame, field.Outcome);
        Assert.Null(field.Merged);
    }

    [Fact]
    public void An_optional_text_left_empty_where_the_database_holds_null_is_unchanged()
    {
        var field = FieldMerge.Merge(Record(("Notes", null)), Record(("Notes", "")), Record(("Notes", null)))["Notes"];

        Assert.Equal(FieldOutcome.Unchanged, field.Outcome);
    }

    [Fact]
    public void Disjoint_changes_merge_into_one_savable_record_that_writes_only_my_fields()
    {
        var original = Record(("CheckOut", new DateOnly(2027, 5, 5)), ("Notes", null), ("Adults", 2));
        var mine = Record(("CheckOut", new DateOnly(2027, 5, 5)), ("Notes", "late arrival"), ("Adults", 2));
        var theirs = Record(("CheckOut", new DateOnly(2027, 5, 7)), ("Notes", null), ("Adults", 2));

        var result = FieldMerge.Merge(original, mine, theirs);

        Assert.True(result.CanSave);
        Assert.Equal(new DateOnly(2027, 5, 7), result.Values["CheckOut"]);
        Assert.Equal("late arrival", result.Values["Notes"]);
        Assert.Equal(["Notes"], result.FieldsToWrite);
    }

    [Fact]
    public void A_conflicting_merge_lists_each_conflict_with_all_three_values_and_has_no_values_to_save()
    {
        var result = FieldMerge.Merge(Record(("Adults", 1), ("Children", 0)), Record(("Adults", 2), ("Children", 1)), Record(("Adults", 3), ("Children", 0)));

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("Adults", 1, 2, 3), (conflict.Field, conflict.Original, conflict.Mine, conflict.Theirs));
        Assert.False(result.CanSave);
        Assert.Throws<InvalidOperationException>(() => result.Values);
    }

    [Fact]
    public void A_record_deleted_meanwhile_is_its_own_outcome_and_keeps_my_copy()
    {
        var mine = Record(("Notes", "late arrival"));

        var result = FieldMerge.Merge(Record(("Notes", null)), mine, theirs: null);

        Assert.True(result.IsDeletedMeanwhile);
        Assert.False(result.HasConflicts);
        Assert.False(result.CanSave);
        Assert.Same(mine, result.Mine);
        Assert.Throws<InvalidOperationException>(() => result.Values);
    }

    [Fact]
    public void Snapshots_with_different_fields_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FieldMerge.Merge(Record(("A", 1)), Record(("B", 1)), Record(("A", 1))));
        Assert.Throws<ArgumentException>(() => FieldMerge.Merge(Record(("A", 1)), Record(("A", 1)), Record(("A", 1), ("B", 2))));
    }
}
