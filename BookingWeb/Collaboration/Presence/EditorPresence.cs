namespace BookingWeb.Collaboration.Presence;

/// <summary>Someone else with a booking open in an editor.</summary>
public sealed record EditorPresence(int BookingId, string CircuitId, string UserId, string DisplayName);
