using System.Text.Json;

namespace BookingWeb.Shared;

/// <summary>Whether two copies of what an editor edits hold the same values (its lines included): "are there unsaved changes?"</summary>
public static class SameValues
{
    public static bool As<T>(T? left, T? right) where T : class =>
        ReferenceEquals(left, right) || (left is not null && right is not null && JsonSerializer.Serialize(left) == JsonSerializer.Serialize(right));
}
