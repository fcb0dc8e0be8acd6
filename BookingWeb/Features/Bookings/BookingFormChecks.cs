using System.Reflection;
using System.Text.RegularExpressions;

namespace BookingWeb.Features.Bookings;

/// <summary>
/// The booking editor's validation source for its MudForm fields, the lines' fields included: the validator's rules as
/// the person types, plus what the service refused on Save. Keys are the service's: "CheckOut", "Services[2].UnitPrice".
/// A refusal belongs to the line it was about (not to its position), and keeps its message until that value changes.
/// <code>&lt;MudNumericField ... Validation="@Checks.For&lt;decimal&gt;($"Services[{index}].UnitPrice")" /&gt;</code>
/// </summary>
public sealed partial class BookingFormChecks(Func<BookingDraft?> draft)
{
    private readonly List<Refusal> _refused = [];

    /// <summary>A field's Validation function (the field's own value type), for the draft's or a line's property.</summary>
    public Func<T, IEnumerable<string>> For<T>(string key) => _ => Validate(key);

    public IEnumerable<string> Validate(string key)
    {
        if (draft() is not { } current) return [];
        if (Rules(current).TryGetValue(key, out var broken)) return [broken];
        if (Resolve(current, key) is not { } field) return [];
        return _refused.Where(r => ReferenceEquals(r.Target, field.Target) && r.Property == field.Property && Equals(field.Value, r.Value))
            .Select(r => r.Message).Take(1).ToList();
    }

    /// <summary>Remembers the service's per-field messages against the values (and lines) they were about; validate the form next.</summary>
    public void Refuse(BookingDraft refused, IReadOnlyDictionary<string, string> fieldErrors)
    {
        _refused.Clear();
        foreach (var (key, message) in fieldErrors)
            if (Resolve(refused, key) is { } field) _refused.Add(new Refusal(message, field.Target, field.Property, field.Value));
    }

    public void Clear() => _refused.Clear();

    // As typed: what the validator says without the room (the service checks the room, its capacity and the overlaps).
    private static IReadOnlyDictionary<string, string> Rules(BookingDraft current) =>
        BookingValidator.Validate(current, room: null).ToResult().FieldErrors
            .Where(e => e.Key != nameof(BookingDraft.RoomId)).ToDictionary();

    private static Field? Resolve(BookingDraft current, string key)
    {
        var match = LineKey().Match(key);
        object? target = current;
        var property = key;
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].Value);
            target = match.Groups["lines"].Value switch
            {
                nameof(BookingDraft.Services) => current.Services.ElementAtOrDefault(index),
                nameof(BookingDraft.Discounts) => current.Discounts.ElementAtOrDefault(index),
                nameof(BookingDraft.Reminders) => current.Reminders.ElementAtOrDefault(index),
                _ => null,
            };
            property = match.Groups["property"].Value;
        }
        var info = target?.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance);
        return target is null || info is null ? null : new Field(target, property, info.GetValue(target));
    }

    [GeneratedRegex(@"^(?<lines>\w+)\[(?<index>\d+)\]\.(?<property>\w+)$")]
    private static partial Regex LineKey();

    private sealed record Field(object Target, string Property, object? Value);

    private sealed record Refusal(string Message, object Target, string Property, object? Value);
}
