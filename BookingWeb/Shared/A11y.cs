namespace BookingWeb.Shared;

/// <summary>Accessible names for Radzen inputs, whose own default would be the technical field name.</summary>
public static class A11y
{
    public static IReadOnlyDictionary<string, object> Label(string text) => new Dictionary<string, object> { ["aria-label"] = text };
}
