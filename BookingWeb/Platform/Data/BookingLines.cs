namespace BookingWeb.Platform.Data;

/// <summary>An extra charged on a booking: breakfast, parking, a late check-out.</summary>
public class AdditionalService : Entity
{
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    public string Description { get; set; } = "";
    public decimal Quantity { get; set; } = 1;
    public decimal UnitPrice { get; set; }
    public DateOnly? ServiceDate { get; set; }
}

public enum DiscountKind { Percent, Amount }

public class Discount : Entity
{
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    public string Description { get; set; } = "";
    public DiscountKind Kind { get; set; } = DiscountKind.Percent;
    public decimal Value { get; set; }
}

public class Reminder : Entity
{
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string Text { get; set; } = "";
    public bool Done { get; set; }
    public string? DoneBy { get; set; }
}
