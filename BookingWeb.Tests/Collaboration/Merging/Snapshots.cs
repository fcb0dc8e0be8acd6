using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>Short ways to write the snapshots a merge test feeds in.</summary>
internal static class Snapshots
{
    public static IReadOnlyDictionary<string, object?> Record(params (string Field, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value);

    public static IReadOnlyDictionary<LineKey, IReadOnlyDictionary<string, object?>> Lines(
        params (LineKey Key, IReadOnlyDictionary<string, object?> Values)[] lines) =>
        lines.ToDictionary(l => l.Key, l => l.Values);

    public static IReadOnlyDictionary<string, object?> Line(string description, decimal price) =>
        Record(("Description", description), ("UnitPrice", price));
}
