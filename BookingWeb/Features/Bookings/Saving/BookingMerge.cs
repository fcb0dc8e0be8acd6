using BookingWeb.Collaboration.Merging;
using BookingWeb.Texts;
using BookingWeb.Shared;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>
/// A booking draft merged three ways: the draft the editor loaded (original), the one it saves (mine) and the booking
/// as it is now (theirs). Scalars merge field by field, each kind of line by row id or the editor's client key.
/// <see cref="ToDraft"/> builds the draft to save: theirs (with its row versions) carrying the merged values.
/// </summary>
public sealed class BookingMerge
{
    private static readonly Dictionary<string, MergedField<BookingDraft>> ScalarFields = new MergedField<BookingDraft>[]
    {
        MergedField<BookingDraft>.Of(nameof(BookingDraft.GuestId), () => BookingTexts.MergeGuest, d => d.GuestId, (d, v) => d.GuestId = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.RoomId), () => BookingTexts.MergeRoom, d => d.RoomId, (d, v) => d.RoomId = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.CheckIn), () => BookingTexts.MergeCheckIn, d => d.CheckIn, (d, v) => d.CheckIn = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.CheckOut), () => BookingTexts.MergeCheckOut, d => d.CheckOut, (d, v) => d.CheckOut = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.Adults), () => BookingTexts.MergeAdults, d => d.Adults, (d, v) => d.Adults = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.Children), () => BookingTexts.MergeChildren, d => d.Children, (d, v) => d.Children = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.Status), () => BookingTexts.MergeStatus, d => d.Status, (d, v) => d.Status = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.RatePerNight), () => BookingTexts.MergeRatePerNight, d => d.RatePerNight, (d, v) => d.RatePerNight = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.PaymentStatus), () => BookingTexts.MergePaymentStatus, d => d.PaymentStatus, (d, v) => d.PaymentStatus = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.AmountPaid), () => BookingTexts.MergeAmountPaid, d => d.AmountPaid, (d, v) => d.AmountPaid = v),
        MergedField<BookingDraft>.Of(nameof(BookingDraft.Notes), () => BookingTexts.MergeNotes, d => d.Notes, (d, v) => d.Notes = v),
    }.ToDictionary(f => f.Name);

    /// <summary>The booking's fields as the merge sentences name them, in the page's language.</summary>
    public static IReadOnlyDictionary<string, string> FieldNames => ScalarFields.Values.Names();

    /// <summary>The booking's own fields, for History's restore.</summary>
    public static IEnumerable<MergedField<BookingDraft>> Fields => ScalarFields.Values;

    private BookingMerge(BookingDraft original, BookingDraft mine, BookingDraft theirs)
    {
        (Original, Mine, Theirs) = (original, mine, theirs);
        Scalars = FieldMerge.Merge(Snapshot(original), Snapshot(mine), Snapshot(theirs));
        Services = MergeLines(BookingLineSpecs.Services);
        Discounts = MergeLines(BookingLineSpecs.Discounts);
        Reminders = MergeLines(BookingLineSpecs.Reminders);
    }

    public BookingDraft Original { get; }
    public BookingDraft Mine { get; }
    public BookingDraft Theirs { get; }
    public MergeResult Scalars { get; }
    public LinesMergeResult Services { get; }
    public LinesMergeResult Discounts { get; }
    public LinesMergeResult Reminders { get; }

    public bool HasConflicts => Scalars.HasConflicts || Services.HasConflicts || Discounts.HasConflicts || Reminders.HasConflicts;

    public static BookingMerge Of(BookingDraft original, BookingDraft mine, BookingDraft theirs) => new(original, mine, theirs);

    /// <summary>Every field and line both sides changed differently, keyed as <see cref="ToDraft"/> expects the choices.</summary>
    public IReadOnlyList<ConflictField> ConflictFields() =>
    [
        .. Scalars.Conflicts.Select(ScalarField),
        .. LineConflicts(BookingLineSpecs.Services, Services),
        .. LineConflicts(BookingLineSpecs.Discounts, Discounts),
        .. LineConflicts(BookingLineSpecs.Reminders, Reminders),
    ];

    /// <summary>
    /// The conflicts plus every booking field either side changed: when the merged booking is refused (their new room
    /// and my new dates overlap another stay), the user may take back either side's change.
    /// </summary>
    public IReadOnlyList<ConflictField> ChangedFields() =>
    [
        .. Scalars.Fields.Where(f => f.Outcome is FieldOutcome.Mine or FieldOutcome.Theirs).Select(ScalarField),
        .. ConflictFields(),
    ];

    /// <summary>The draft to save: theirs with the merged values; <paramref name="choices"/> settle conflicts (and may override any field).</summary>
    public BookingDraft ToDraft(IReadOnlyDictionary<MergeKey, FieldChoice>? choices = null)
    {
        choices ??= new Dictionary<MergeKey, FieldChoice>();
        var draft = Theirs.Copy();
        foreach (var field in Scalars.Fields)
        {
            var value = choices.TryGetValue(field.Field, out var choice) ? choice.Pick(field)
                : field.IsConflict ? throw new ArgumentException($"No choice for {field.Field}.", nameof(choices)) : field.Merged;
            ScalarFields[field.Field].Write(draft, value);
        }
        draft.Services = BuildLines(BookingLineSpecs.Services, Services, choices);
        draft.Discounts = BuildLines(BookingLineSpecs.Discounts, Discounts, choices);
        draft.Reminders = BuildLines(BookingLineSpecs.Reminders, Reminders, choices);
        return draft;
    }

    /// <summary>"Kept Anna's new check-out date; saved your notes."</summary>
    public string Summary(string theirName, IReadOnlyDictionary<MergeKey, FieldChoice>? choices = null)
    {
        choices ??= new Dictionary<MergeKey, FieldChoice>();
        return new MergeSummary(theirName, FieldNames)
            .Add(Scalars.ApplyChoices(choices.Where(c => c.Key.IsRecordField).ToDictionary(c => c.Key.Field!, c => c.Value)))
            .Add(Settled(BookingLineSpecs.Services, Services, choices), BookingLineSpecs.Services.Noun, BookingLineSpecs.Services.Label)
            .Add(Settled(BookingLineSpecs.Discounts, Discounts, choices), BookingLineSpecs.Discounts.Noun, BookingLineSpecs.Discounts.Label)
            .Add(Settled(BookingLineSpecs.Reminders, Reminders, choices), BookingLineSpecs.Reminders.Noun, BookingLineSpecs.Reminders.Label)
            .Sentence();
    }

    private static IReadOnlyDictionary<string, object?> Snapshot(BookingDraft draft) => ScalarFields.Values.ToDictionary(f => f.Name, f =>
    {
        var value = f.Read(draft);
        return value is string text ? (string.IsNullOrWhiteSpace(text) ? null : text.Trim()) : value;
    });

    private static ConflictField ScalarField(FieldResult field) => new(field.Field, Sentences.Capitalised(FieldNames[field.Field]),
        ScalarFields[field.Field].ValueType, field.Original, field.Theirs, field.Mine);

    private LinesMergeResult MergeLines<TLine>(BookingLineSpec<TLine> spec) where TLine : DraftLine, new() =>
        LineMerge.Merge(spec.Snapshot(Original), spec.Snapshot(Mine), spec.Snapshot(Theirs));

    private static IEnumerable<ConflictField> LineConflicts<TLine>(BookingLineSpec<TLine> spec, LinesMergeResult lines) where TLine : DraftLine, new()
    {
        foreach (var line in lines.Conflicts)
        {
            var name = $"{Sentences.Capitalised(spec.Noun)} “{spec.Label(line.Mine ?? line.Theirs ?? line.Original!)}”";
            if (line.Fields is null)
            {
                yield return new ConflictField(LineChoiceKey(spec, line.Key), name, null, spec.Label(line.Original!),
                    line.Theirs is null ? BookingTexts.LineRemoved : spec.Label(line.Theirs), line.Mine is null ? BookingTexts.LineRemoved : spec.Label(line.Mine));
                continue;
            }
            foreach (var field in line.Fields.Conflicts)
                yield return new ConflictField(LineChoiceKey(spec, line.Key, field.Field), $"{name}: {spec.LabelOf(field.Field)}", spec.TypeOf(field.Field),
                    field.Original, field.Theirs, field.Mine);
        }
    }

    private List<TLine> BuildLines<TLine>(BookingLineSpec<TLine> spec, LinesMergeResult lines, IReadOnlyDictionary<MergeKey, FieldChoice> choices)
        where TLine : DraftLine, new()
    {
        var theirs = spec.LinesOf(Theirs).ToDictionary(BookingLineSpec<TLine>.KeyOf);
        var mine = spec.LinesOf(Mine).ToDictionary(BookingLineSpec<TLine>.KeyOf);
        var built = new List<TLine>();
        foreach (var line in Settled(spec, lines, choices).Lines.Where(l => l.IsKept))
        {
            // A row they still have keeps its id and version; a line new in my editor keeps its client key.
            var basis = theirs.GetValueOrDefault(line.Key) ?? (line.Key.RowId is null ? mine.GetValueOrDefault(line.Key) : null);
            built.Add(spec.Build(basis, line.Key, line.Merged!));
        }
        return built;
    }

    private static LinesMergeResult Settled<TLine>(BookingLineSpec<TLine> spec, LinesMergeResult lines, IReadOnlyDictionary<MergeKey, FieldChoice> choices)
        where TLine : DraftLine, new()
    {
        if (!lines.HasConflicts) return lines;
        var lineChoices = lines.Conflicts.ToDictionary(l => l.Key, l => l.Fields is null
            ? choices.GetValueOrDefault(LineChoiceKey(spec, l.Key)) == FieldChoice.Theirs ? LineChoice.Theirs : LineChoice.Mine
            : LineChoice.PerField(l.Fields.Conflicts.ToDictionary(f => f.Field,
                f => choices.GetValueOrDefault(LineChoiceKey(spec, l.Key, f.Field))
                     ?? throw new ArgumentException($"No choice for {LineChoiceKey(spec, l.Key, f.Field)}.", nameof(choices)))));
        return lines.Resolve(lineChoices);
    }

    private static MergeKey LineChoiceKey<TLine>(BookingLineSpec<TLine> spec, LineKey key, string? field = null) where TLine : DraftLine, new() =>
        MergeKey.OfLine(spec.Collection, key, field);


}
