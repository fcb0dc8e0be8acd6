using BookingWeb.Data;
using BookingWeb.Features.History;
using BookingWeb.Realtime;

namespace BookingWeb.Features.Activity;

/// <summary>The words of the live toasts; the facts come from <see cref="ChangeDescriber"/>.</summary>
internal static class ChangeSentences
{
    public static string Booking(EntityChange change, AuditEntry? entry, BookingLabel? label, string who)
    {
        var number = label?.ReservationNumber ?? entry?.Text("reservation_number") ?? $"#{change.BookingId ?? change.Id}";
        var detail = label is null ? "" : $" — {label.GuestLastName}, room {label.RoomNumber} —";
        if (change.Table == ChangeTable.Bookings && change.Operation == ChangeOperation.Insert) return $"New booking {number}{detail} by {who}";
        if (change.Table == ChangeTable.Bookings && change.Operation == ChangeOperation.Delete) return $"Booking {number} deleted by {who}";
        var cancelled = change.Table == ChangeTable.Bookings && entry?.NewText("status") == nameof(BookingStatus.Cancelled);
        return $"Booking {number}{detail} {(cancelled ? "cancelled" : "changed")} by {who}";
    }

    public static string Guest(EntityChange change, AuditEntry? entry, string who)
    {
        var name = entry is null ? $"#{change.Id}" : $"{entry.Text("first_name")} {entry.Text("last_name")}".Trim();
        return change.Operation switch
        {
            ChangeOperation.Insert => $"New guest {name} by {who}",
            ChangeOperation.Delete => $"Guest {name} deleted by {who}",
            _ => $"Guest {name} changed by {who}",
        };
    }

    public static string Room(EntityChange change, AuditEntry? entry, string who)
    {
        var number = entry?.Text("number") ?? $"#{change.Id}";
        return change.Operation switch
        {
            ChangeOperation.Insert => $"New room {number} by {who}",
            ChangeOperation.Delete => $"Room {number} deleted by {who}",
            _ => $"Room {number} changed by {who}",
        };
    }

    /// <summary>"37 bookings changed by someone outside BookingWeb", "3 bookings and 2 guests changed by Anna and Ben".</summary>
    public static string Summary(IEnumerable<ChangeSubject> subjects, string who)
    {
        var counts = subjects.GroupBy(s => s.Kind).OrderBy(g => g.Key)
            .Select(g => Count(g.Count(), g.Key.ToString().ToLowerInvariant())).ToList();
        return $"{JoinNames(counts)} changed by {who}";
    }

    public static string JoinNames(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
