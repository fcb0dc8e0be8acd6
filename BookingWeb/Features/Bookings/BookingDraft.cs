using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;

namespace BookingWeb.Features.Bookings;

/// <summary>
/// What the booking editor edits: a detached copy of a booking and its lines, with the row versions it was
/// loaded at. Saving applies it to a freshly loaded booking in one transaction.
/// </summary>
public sealed class BookingDraft
{
    public int Id { get; set; }
    public uint Version { get; set; }
    public string? ReservationNumber { get; set; }
    public int? GuestId { get; set; }
    public int? RoomId { get; set; }
    public DateOnly? CheckIn { get; set; }
    public DateOnly? CheckOut { get; set; }
    public int Adults { get; set; } = 2;
    public int Children { get; set; }
    public BookingStatus Status { get; set; } = BookingStatus.Confirmed;
    public decimal RatePerNight { get; set; }
    public PaymentStatus PaymentStatus { get; set; } = PaymentStatus.Unpaid;
    public decimal AmountPaid { get; set; }
    public string? Notes { get; set; }
    public List<ServiceLine> Services { get; set; } = [];
    public List<DiscountLine> Discounts { get; set; } = [];
    public List<ReminderLine> Reminders { get; set; } = [];

    public bool IsNew => Id == 0;

    public int Nights => CheckIn is { } checkIn && CheckOut is { } checkOut ? Math.Max(0, checkOut.DayNumber - checkIn.DayNumber) : 0;

    /// <summary>The money as typed; null while the amounts are too large to add up (the fields say why).</summary>
    public BookingTotals? Totals => BookingTotals.TryCalculate(
        CheckIn ?? default, CheckOut ?? default, RatePerNight,
        Services.Select(s => new ServiceCharge(s.Quantity, s.UnitPrice)),
        Discounts.Select(d => new DiscountRule(d.Kind, d.Value)),
        AmountPaid);

    /// <summary>A deep copy: the editor keeps one as the original it loaded, to merge against on a stale save.</summary>
    public BookingDraft Copy()
    {
        var copy = (BookingDraft)MemberwiseClone();
        copy.Services = Services.Select(l => l.Copy()).ToList();
        copy.Discounts = Discounts.Select(l => l.Copy()).ToList();
        copy.Reminders = Reminders.Select(l => l.Copy()).ToList();
        return copy;
    }

    /// <summary>A copy to save as a new booking (after the original was deleted): no id, number or row versions.</summary>
    public BookingDraft AsNew()
    {
        var copy = Copy();
        (copy.Id, copy.Version, copy.ReservationNumber) = (0, 0, null);
        foreach (var line in copy.Services.Concat<DraftLine>(copy.Discounts).Concat(copy.Reminders)) (line.Id, line.Version) = (0, 0);
        return copy;
    }

    /// <summary>Whether the booking and every line are at the same rows and versions in both drafts.</summary>
    public bool SameRowsAs(BookingDraft other) => Version == other.Version && Rows(this).SetEquals(Rows(other));

    private static HashSet<(string, int, uint)> Rows(BookingDraft draft) =>
    [
        .. draft.Services.Where(l => l.Id > 0).Select(l => ("s", l.Id, l.Version)),
        .. draft.Discounts.Where(l => l.Id > 0).Select(l => ("d", l.Id, l.Version)),
        .. draft.Reminders.Where(l => l.Id > 0).Select(l => ("r", l.Id, l.Version)),
    ];

    public static BookingDraft NewFor(DateOnly today) => new() { CheckIn = today, CheckOut = today.AddDays(1) };

    /// <summary>The editor's copy of <paramref name="booking"/>; reminders are due at the hotel's wall-clock time.</summary>
    public static BookingDraft From(Booking booking, HotelClock clock) => new()
    {
        Id = booking.Id,
        Version = booking.Version,
        ReservationNumber = booking.ReservationNumber,
        GuestId = booking.GuestId,
        RoomId = booking.RoomId,
        CheckIn = booking.CheckIn,
        CheckOut = booking.CheckOut,
        Adults = booking.Adults,
        Children = booking.Children,
        Status = booking.Status,
        RatePerNight = booking.RatePerNight,
        PaymentStatus = booking.PaymentStatus,
        AmountPaid = booking.AmountPaid,
        Notes = booking.Notes,
        Services = booking.Services.OrderBy(s => s.Id).Select(s => new ServiceLine
        {
            Id = s.Id, Version = s.Version, Description = s.Description, Quantity = s.Quantity,
            UnitPrice = s.UnitPrice, ServiceDate = s.ServiceDate,
        }).ToList(),
        Discounts = booking.Discounts.OrderBy(d => d.Id).Select(d => new DiscountLine
        {
            Id = d.Id, Version = d.Version, Description = d.Description, Kind = d.Kind, Value = d.Value,
        }).ToList(),
        Reminders = booking.Reminders.OrderBy(r => r.DueAt).Select(r => new ReminderLine
        {
            Id = r.Id, Version = r.Version, DueAt = clock.AtHotel(r.DueAt).DateTime, Text = r.Text, Done = r.Done, DoneBy = r.DoneBy,
        }).ToList(),
    };
}

public sealed class ServiceLine : DraftLine
{
    public ServiceLine Copy() => (ServiceLine)MemberwiseClone();

    public string Description { get; set; } = "";
    public decimal Quantity { get; set; } = 1;
    public decimal UnitPrice { get; set; }
    public DateOnly? ServiceDate { get; set; }
}

public sealed class DiscountLine : DraftLine
{
    public DiscountLine Copy() => (DiscountLine)MemberwiseClone();

    public string Description { get; set; } = "";
    public DiscountKind Kind { get; set; } = DiscountKind.Percent;
    public decimal Value { get; set; }
}

public sealed class ReminderLine : DraftLine
{
    public ReminderLine Copy() => (ReminderLine)MemberwiseClone();

    public DateTime? DueAt { get; set; }
    public string Text { get; set; } = "";
    public bool Done { get; set; }
    public string? DoneBy { get; set; }

    /// <summary>The display name of <see cref="DoneBy"/>, for showing only.</summary>
    public string? DoneByName { get; set; }
}

/// <summary>
/// What every editor line has: its row id (0 until saved), the version it was loaded at, and a key of its own so
/// that a merge can tell a line added in this editor from one added elsewhere before either has a row id.
/// </summary>
public abstract class DraftLine
{
    public int Id { get; set; }
    public uint Version { get; set; }
    public string ClientKey { get; set; } = Guid.NewGuid().ToString("N");
}
