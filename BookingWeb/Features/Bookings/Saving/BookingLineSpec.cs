using BookingWeb.Collaboration.Merging;
using BookingWeb.Texts;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>How one kind of booking line takes part in a merge: where the lines are, which fields merge, what to call one.</summary>
internal sealed class BookingLineSpec<TLine>(
    string collection, Func<string> noun, Func<BookingDraft, List<TLine>> lines, MergedField<TLine>[] fields, Func<TLine, string> label,
    Func<TLine, TLine> copy)
    where TLine : DraftLine, new()
{
    private readonly Dictionary<string, MergedField<TLine>> _fields = fields.ToDictionary(f => f.Name);

    public string Collection => collection;
    /// <summary>What one line is called, in the page's language.</summary>
    public string Noun => noun();

    public static LineKey KeyOf(TLine line) => line.Id > 0 ? LineKey.Row(line.Id) : LineKey.New(line.ClientKey);

    public List<TLine> LinesOf(BookingDraft draft) => lines(draft);

    public IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> Snapshot(BookingDraft draft) =>
        lines(draft).ToDictionary(KeyOf, Values);

    public IReadOnlyDictionary<string, object?> Values(TLine line) =>
        fields.ToDictionary(f => f.Name, f => Clean(f.Read(line)));

    public string Label(IReadOnlyDictionary<string, object?> values)
    {
        var line = new TLine();
        Set(line, values);
        return label(line);
    }

    /// <summary>A line to save with <paramref name="values"/>: the row (and version) <paramref name="basis"/> has, or a new line.</summary>
    public TLine Build(TLine? basis, LineKey key, IReadOnlyDictionary<string, object?> values)
    {
        var line = basis is null ? new TLine() : copy(basis);
        if (basis is null) line.ClientKey = key.ClientKey ?? Guid.NewGuid().ToString("N");
        Set(line, values);
        return line;
    }

    public Type TypeOf(string field) => _fields[field].ValueType;

    /// <summary>A line's field as the merge dialog names it: "UnitPrice" is "unit price".</summary>
    public string LabelOf(string field) => _fields[field].Label();

    private void Set(TLine line, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var field in fields)
        {
            var value = values[field.Name];
            field.Write(line, value is null && field.ValueType == typeof(string) ? "" : value);
        }
    }

    // The applier trims text before it writes; compare what would be written.
    private static object? Clean(object? value) => value is string text ? text.Trim() : value;
}

internal static class BookingLineSpecs
{
    public static readonly BookingLineSpec<ServiceLine> Services = new("Services", () => BookingTexts.MergeService, d => d.Services,
        [
            MergedField<ServiceLine>.Of(nameof(ServiceLine.Description), () => BookingTexts.LineDescription, l => l.Description, (l, v) => l.Description = v),
            MergedField<ServiceLine>.Of(nameof(ServiceLine.Quantity), () => BookingTexts.LineQuantity, l => l.Quantity, (l, v) => l.Quantity = v),
            MergedField<ServiceLine>.Of(nameof(ServiceLine.UnitPrice), () => BookingTexts.LineUnitPrice, l => l.UnitPrice, (l, v) => l.UnitPrice = v),
            MergedField<ServiceLine>.Of(nameof(ServiceLine.ServiceDate), () => BookingTexts.LineServiceDate, l => l.ServiceDate, (l, v) => l.ServiceDate = v),
        ],
        l => l.Description, l => l.Copy());

    public static readonly BookingLineSpec<DiscountLine> Discounts = new("Discounts", () => BookingTexts.MergeDiscount, d => d.Discounts,
        [
            MergedField<DiscountLine>.Of(nameof(DiscountLine.Description), () => BookingTexts.LineDescription, l => l.Description, (l, v) => l.Description = v),
            MergedField<DiscountLine>.Of(nameof(DiscountLine.Kind), () => BookingTexts.LineKind, l => l.Kind, (l, v) => l.Kind = v),
            MergedField<DiscountLine>.Of(nameof(DiscountLine.Value), () => BookingTexts.LineValue, l => l.Value, (l, v) => l.Value = v),
        ],
        l => l.Description, l => l.Copy());

    public static readonly BookingLineSpec<ReminderLine> Reminders = new("Reminders", () => BookingTexts.MergeReminder, d => d.Reminders,
        [
            MergedField<ReminderLine>.Of(nameof(ReminderLine.DueAt), () => BookingTexts.LineDueAt, l => l.DueAt, (l, v) => l.DueAt = v),
            MergedField<ReminderLine>.Of(nameof(ReminderLine.Text), () => BookingTexts.LineText, l => l.Text, (l, v) => l.Text = v),
            MergedField<ReminderLine>.Of(nameof(ReminderLine.Done), () => BookingTexts.LineDone, l => l.Done, (l, v) => l.Done = v),
        ],
        l => l.Text, l => l.Copy());
}
