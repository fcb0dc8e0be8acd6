namespace BookingWeb.Platform.Data;

public enum BookingStatus { Tentative, Confirmed, CheckedIn, CheckedOut, Cancelled, NoShow }

public enum PaymentStatus { Unpaid, PartiallyPaid, Paid, Refunded }

public class Booking : Entity
{
    public string ReservationNumber { get; set; } = "";
    public int RoomId { get; set; }
    public Room? Room { get; set; }
    public int GuestId { get; set; }
    public Guest? Guest { get; set; }
    public DateOnly CheckIn { get; set; }
    public DateOnly CheckOut { get; set; }
    public int Adults { get; set; } = 1;
    public int Children { get; set; }
    public BookingStatus Status { get; set; } = BookingStatus.Confirmed;
    public decimal RatePerNight { get; set; }
    public PaymentStatus PaymentStatus { get; set; } = PaymentStatus.Unpaid;
    public decimal AmountPaid { get; set; }
    public string? Notes { get; set; }

    public List<AdditionalService> Services { get; set; } = [];
    public List<Discount> Discounts { get; set; } = [];
    public List<Reminder> Reminders { get; set; } = [];

    /// <summary>Statuses that hold the room; the others free it (and the exclusion constraint ignores them).</summary>
    public static readonly BookingStatus[] FreeingStatuses = [BookingStatus.Cancelled, BookingStatus.NoShow];

    public bool HoldsRoom => !FreeingStatuses.Contains(Status);

    public BookingTotals Totals => BookingTotals.Calculate(
        CheckIn, CheckOut, RatePerNight,
        Services.Select(s => new ServiceCharge(s.Quantity, s.UnitPrice)),
        Discounts.Select(d => new DiscountRule(d.Kind, d.Value)),
        AmountPaid);
}
