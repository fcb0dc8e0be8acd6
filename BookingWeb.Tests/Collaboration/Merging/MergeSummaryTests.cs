using BookingWeb.Collaboration.Merging;
using static BookingWeb.Tests.Collaboration.Merging.Snapshots;

namespace BookingWeb.Tests.Collaboration.Merging;

public class MergeSummaryTests
{
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["CheckOut"] = "check-out date",
        ["Notes"] = "notes",
        ["RoomId"] = "room",
        ["Adults"] = "number of adults",
    };

    private static MergeResult Booking(object? checkOut, object? notes, object? room, object? adults) =>
        FieldMerge.Merge(
            Record(("CheckOut", 5), ("Notes", null), ("RoomId", 12), ("Adults", 2)),
            Record(("CheckOut", 5), ("Notes", notes), ("RoomId", 12), ("Adults", adults)),
            Record(("CheckOut", checkOut), ("Notes", null), ("RoomId", room), ("Adults", 2)));

    [Fact]
    public void Their_change_and_mine_read_as_one_sentence()
    {
        var summary = new MergeSummary("Anna", FieldNames).Add(Booking(7, "late arrival", 12, 2));

        Assert.Equal("Kept Anna's new check-out date; saved your notes.", summary.Sentence());
    }

    [Fact]
    public void Several_fields_are_listed_with_and()
    {
        var summary = new MergeSummary("Anna", FieldNames).Add(Booking(7, "late arrival", 14, 3));

        Assert.Equal("Kept Anna's new check-out date and room; saved your notes and number of adults.", summary.Sentence());
    }

    [Fact]
    public void Only_their_changes_read_as_kept()
    {
        Assert.Equal("Kept Tom's new room.", new MergeSummary("Tom", FieldNames).Add(Booking(5, null, 14, 2)).Sentence());
    }

    [Fact]
    public void A_field_without_a_display_name_is_named_as_it_is()
    {
        var merge = FieldMerge.Merge(Record(("Phone", null)), Record(("Phone", "+49")), Record(("Phone", null)));

        Assert.Equal("Saved your Phone.", new MergeSummary("Anna", FieldNames).Add(merge).Sentence());
    }

    [Fact]
    public void Nothing_to_tell_says_so()
    {
        Assert.Equal("Nothing needed merging.", new MergeSummary("Anna", FieldNames).Add(Booking(5, null, 12, 2)).Sentence());
    }

    [Fact]
    public void Resolved_conflicts_read_as_the_users_choice()
    {
        var merge = FieldMerge.Merge(Record(("Adults", 1)), Record(("Adults", 2)), Record(("Adults", 3))).ResolveAllTheirs();

        Assert.Equal("Used your choice for number of adults.", new MergeSummary("Anna", FieldNames).Add(merge).Sentence());
    }

    [Fact]
    public void Taking_back_their_change_no_longer_reads_as_kept()
    {
        var merge = Booking(5, "late arrival", 14, 2).ApplyChoices(new Dictionary<string, FieldChoice> { ["RoomId"] = FieldChoice.Mine });

        Assert.Equal(12, merge["RoomId"].Merged);
        Assert.Equal("Saved your notes; used your choice for room.", new MergeSummary("Anna", FieldNames).Add(merge).Sentence());
    }

    [Fact]
    public void Confirming_what_the_merge_chose_anyway_reads_as_before()
    {
        var merge = Booking(7, "late arrival", 12, 2).ApplyChoices(new Dictionary<string, FieldChoice>
        {
            ["CheckOut"] = FieldChoice.Theirs, ["Notes"] = FieldChoice.Mine,
        });

        Assert.Equal("Kept Anna's new check-out date; saved your notes.", new MergeSummary("Anna", FieldNames).Add(merge).Sentence());
    }

    [Fact]
    public void Lines_are_named_by_their_label()
    {
        var breakfast = LineKey.Row(1);
        var parking = LineKey.Row(2);
        var dog = LineKey.Row(3);
        var late = LineKey.New("a");
        var original = Lines((breakfast, Line("Breakfast", 12m)), (parking, Line("Parking", 8m)));
        var mine = Lines((breakfast, Line("Breakfast", 12m)), (late, Line("Late check-out", 20m)));
        var theirs = Lines((breakfast, Line("Breakfast", 14m)), (parking, Line("Parking", 8m)), (dog, Line("Dog", 15m)));

        var summary = new MergeSummary("Anna", FieldNames)
            .Add(Booking(7, "late arrival", 12, 2))
            .Add(LineMerge.Merge(original, mine, theirs), "service", line => (string)line["Description"]!);

        Assert.Equal(
            "Kept Anna's new check-out date, changes to service “Breakfast” and new service “Dog”; " +
            "saved your notes, removal of service “Parking” and new service “Late check-out”.",
            summary.Sentence());
    }
}
