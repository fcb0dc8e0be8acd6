using BookingWeb.Collaboration.Merging;
using BookingWeb.Texts;

namespace BookingWeb.Features.Bookings;

/// <summary>How one kind of booking line takes part in a merge: where the lines are, which fields merge, what to call one.</summary>
internal sealed class BookingLineSpec<TLine>(
    string collection, Func<string> noun, Func<BookingDraft, List<TLine>> lines, string[] fields, Func<TLine, string> label, Func<TLine, TLine> copy)
    where TLine : DraftLine
{
    public string Collection => collection;
    /// <summary>What one line is called, in the page's language.</summary>
    public string Noun => noun();
    public IReadOnlyList<string> Fields => fields;

    public static LineKey KeyOf(TLine line) => line.Id > 0 ? LineKey.Row(line.Id) : LineKey.New(line.ClientKey);

    public List<TLine> LinesOf(BookingDraft draft) => lines(draft);

    public IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> Snapshot(BookingDraft draft) =>
        lines(draft).ToDictionary(KeyOf, Values);

    public IReadOnlyDictionary<string, object?> Values(TLine line) =>
        fields.ToDictionary(f => f, f => Clean(typeof(TLine).GetProperty(f)!.GetValue(line)));

    public string Label(IReadOnlyDictionary<string, object?> values)
    {
        var line = (TLine)Activator.CreateInstance(typeof(TLine))!;
        Set(line, values);
        return label(line);
    }

    /// <summary>A line to save with <paramref name="values"/>: the row (and version) <paramref name="basis"/> has, or a new line.</summary>
    public TLine Build(TLine? basis, LineKey key, IReadOnlyDictionary<string, object?> values)
    {
        var line = basis is null ? (TLine)Activator.CreateInstance(typeof(TLine))! : copy(basis);
        if (basis is null) line.ClientKey = key.ClientKey ?? Guid.NewGuid().ToString("N");
        Set(line, values);
        return line;
    }

    public Type TypeOf(string field) => typeof(TLine).GetProperty(field)!.PropertyType;

    private void Set(TLine line, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var field in fields)
        {
            var property = typeof(TLine).GetProperty(field)!;
            var value = values[field];
            property.SetValue(line, value is null && property.PropertyType == typeof(string) ? "" : value);
        }
    }

    // The applier trims text before it writes; compare what would be written.
    private static object? Clean(object? value) => value is string text ? text.Trim() : value;
}

internal static class BookingLineSpecs
{
    public static readonly BookingLineSpec<ServiceLine> Services = new("Services", () => BookingTexts.MergeService, d => d.Services,
        [nameof(ServiceLine.Description), nameof(ServiceLine.Quantity), nameof(ServiceLine.UnitPrice), nameof(ServiceLine.ServiceDate)],
        l => l.Description, l => l.Copy());

    public static readonly BookingLineSpec<DiscountLine> Discounts = new("Discounts", () => BookingTexts.MergeDiscount, d => d.Discounts,
        [nameof(DiscountLine.Description), nameof(DiscountLine.Kind), nameof(DiscountLine.Value)],
        l => l.Description, l => l.Copy());

    public static readonly BookingLineSpec<ReminderLine> Reminders = new("Reminders", () => BookingTexts.MergeReminder, d => d.Reminders,
        [nameof(ReminderLine.DueAt), nameof(ReminderLine.Text), nameof(ReminderLine.Done)],
        l => l.Text, l => l.Copy());
}
