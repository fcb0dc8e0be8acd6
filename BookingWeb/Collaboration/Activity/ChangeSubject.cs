using BookingWeb.Collaboration.Live;

namespace BookingWeb.Collaboration.Activity;

public enum SubjectKind { Booking, Guest, Room }

/// <summary>What a toast is about: a booking (with its lines), a guest or a room.</summary>
public readonly record struct ChangeSubject(SubjectKind Kind, int Id)
{
    public static ChangeSubject Of(EntityChange change) => change.Table switch
    {
        ChangeTable.Guests => new(SubjectKind.Guest, change.Id),
        ChangeTable.Rooms => new(SubjectKind.Room, change.Id),
        _ => new(SubjectKind.Booking, change.BookingId ?? change.Id),
    };

    /// <summary>The change to the subject's own row if there is one (an insert or delete says most), else a line's.</summary>
    public static EntityChange MainChange(IEnumerable<EntityChange> changes, ChangeSubject subject)
    {
        var own = changes.Where(c => c.Table == OwnTable(subject.Kind)).ToList();
        return own.FirstOrDefault(c => c.Operation == ChangeOperation.Insert)
               ?? own.FirstOrDefault(c => c.Operation == ChangeOperation.Delete)
               ?? own.LastOrDefault()
               ?? changes.Last();
    }

    private static ChangeTable OwnTable(SubjectKind kind) => kind switch
    {
        SubjectKind.Guest => ChangeTable.Guests,
        SubjectKind.Room => ChangeTable.Rooms,
        _ => ChangeTable.Bookings,
    };
}
