namespace BookingWeb.Features.Bookings.Saving;

/// <summary>Where a stay is: its room and dates, at the row version a page showed them.</summary>
public readonly record struct StayPlace(int RoomId, DateOnly CheckIn, DateOnly CheckOut)
{
    public int Nights => CheckOut.DayNumber - CheckIn.DayNumber;
}

/// <summary>
/// A stay moved on the tape chart (dragged, resized or moved in its dialog): from where the page showed it, at the version
/// it showed, to where it was dropped. Saved like the editor's save, so a move that raced another change merges.
/// </summary>
public sealed record StayMove(int BookingId, uint SeenVersion, StayPlace From, StayPlace To)
{
    /// <summary>The move back, from where this one put the stay: what Undo saves.</summary>
    public StayMove Reversed(uint versionAfterMove) => new(BookingId, versionAfterMove, To, From);
}
