using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Texts;
using BookingWeb.Shared;

namespace BookingWeb.Collaboration.Activity;

/// <summary>The words of the live toasts (Texts/ActivityTexts.resx); the facts come from <see cref="ChangeDescriber"/>.</summary>
public static class ChangeSentences
{
    public static string Booking(EntityChange change, AuditEntry? entry, BookingLabel? label, string who)
    {
        var number = label?.ReservationNumber ?? entry?.Text("reservation_number") ?? $"#{change.BookingId ?? change.Id}";
        var detail = label is null ? "" : string.Format(ActivityTexts.BookingDetail, label.GuestLastName, label.RoomNumber);
        if (change.Table == ChangeTable.Bookings && change.Operation == ChangeOperation.Insert) return string.Format(ActivityTexts.NewBooking, number, detail, who);
        if (change.Table == ChangeTable.Bookings && change.Operation == ChangeOperation.Delete) return string.Format(ActivityTexts.BookingDeleted, number, who);
        var cancelled = change.Table == ChangeTable.Bookings && entry?.NewText("status") == nameof(BookingStatus.Cancelled);
        return string.Format(cancelled ? ActivityTexts.BookingCancelled : ActivityTexts.BookingChanged, number, detail, who);
    }

    public static string Guest(EntityChange change, AuditEntry? entry, string who)
    {
        var name = entry is null ? $"#{change.Id}" : $"{entry.Text("first_name")} {entry.Text("last_name")}".Trim();
        return change.Operation switch
        {
            ChangeOperation.Insert => string.Format(ActivityTexts.NewGuest, name, who),
            ChangeOperation.Delete => string.Format(ActivityTexts.GuestDeleted, name, who),
            _ => string.Format(ActivityTexts.GuestChanged, name, who),
        };
    }

    public static string Room(EntityChange change, AuditEntry? entry, string who)
    {
        var number = entry?.Text("number") ?? $"#{change.Id}";
        return change.Operation switch
        {
            ChangeOperation.Insert => string.Format(ActivityTexts.NewRoom, number, who),
            ChangeOperation.Delete => string.Format(ActivityTexts.RoomDeleted, number, who),
            _ => string.Format(ActivityTexts.RoomChanged, number, who),
        };
    }

    /// <summary>"37 bookings changed by someone outside BookingWeb", "3 bookings and 2 guests changed by Anna and Ben".</summary>
    public static string Summary(IEnumerable<ChangeSubject> subjects, string who)
    {
        var counts = subjects.GroupBy(s => s.Kind).OrderBy(g => g.Key)
            .Select(g => Count(g.Count(), g.Key)).ToList();
        return string.Format(ActivityTexts.Summary, Sentences.List(counts), who);
    }

    /// <summary>"10,000 bookings changed by Maria": one statement's rows, announced as one bulk notice.</summary>
    public static string Bulk(EntityChange change, string who)
    {
        var count = change.Bulk?.Count ?? 1;
        var rows = change.Table switch
        {
            ChangeTable.Guests => string.Format(ActivityTexts.Guests, count),
            ChangeTable.Rooms => string.Format(ActivityTexts.Rooms, count),
            ChangeTable.AdditionalServices => string.Format(ActivityTexts.ServiceLines, count),
            ChangeTable.Discounts => string.Format(ActivityTexts.DiscountLines, count),
            ChangeTable.Reminders => string.Format(ActivityTexts.ReminderLines, count),
            _ => string.Format(ActivityTexts.Bookings, count),
        };
        return change.Operation switch
        {
            ChangeOperation.Insert => string.Format(ActivityTexts.BulkInserted, rows, who),
            ChangeOperation.Delete => string.Format(ActivityTexts.BulkDeleted, rows, who),
            _ => string.Format(ActivityTexts.BulkUpdated, rows, who),
        };
    }

    private static string Count(int count, SubjectKind kind) => kind switch
    {
        SubjectKind.Guest => count == 1 ? ActivityTexts.OneGuest : string.Format(ActivityTexts.Guests, count),
        SubjectKind.Room => count == 1 ? ActivityTexts.OneRoom : string.Format(ActivityTexts.Rooms, count),
        _ => count == 1 ? ActivityTexts.OneBooking : string.Format(ActivityTexts.Bookings, count),
    };
}
