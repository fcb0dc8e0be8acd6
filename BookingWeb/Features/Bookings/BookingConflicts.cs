using BookingWeb.Conflicts;
using BookingWeb.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Shared;

namespace BookingWeb.Features.Bookings;

/// <summary>What the merge dialog gets for a booking: the conflicting fields, who saved theirs and when, the total preview.</summary>
internal static class BookingConflicts
{
    public static MergeConflict Of(BookingMerge merge, (string Name, DateTimeOffset At) who) =>
        new(merge.ConflictFields(), who.Name, who.At, merge)
        {
            Preview = choices =>
            {
                try { return $"Grand total {merge.ToDraft(choices).Totals.GrandTotal:0.00}"; }
                catch (ArgumentException) { return null; }
            },
        };

    /// <summary>Who saved the booking or one of its lines last, and when, as a name people know.</summary>
    public static async Task<(string Name, DateTimeOffset At)> LastChangedByAsync(BookingDbContext db, Booking booking, CancellationToken cancellationToken)
    {
        var latest = new Entity[] { booking }.Concat(booking.Services).Concat(booking.Discounts).Concat(booking.Reminders).MaxBy(e => e.UpdatedAt)!;
        var names = await StaffNames.LookupAsync(db, [latest.UpdatedBy], cancellationToken);
        return (names.NameOf(latest.UpdatedBy), latest.UpdatedAt);
    }

    public static string Sentence(SaveResult.Invalid invalid) =>
        invalid.FieldErrors is { Count: 1 } ? invalid.FieldErrors.Values.Single() : invalid.Message;
}
