using BookingWeb.Collaboration.Live;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>Changes as the listener would publish them, for tests of what happens after it.</summary>
public static class Changes
{
    private static long _lastAuditId;

    public static EntityChange Of(ChangeTable table, int id, int? bookingId = null) =>
        new(table, ChangeOperation.Update, id, bookingId, 1, "user-1", "circuit-1", Interlocked.Increment(ref _lastAuditId), DateTimeOffset.UtcNow);
}
