namespace BookingWeb.Platform.Data;

public enum RoomType { Single, Double, Twin, Suite, Family, Apartment }

public class Room : Entity
{
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    public RoomType Type { get; set; } = RoomType.Double;
    public int MaxAdults { get; set; } = 2;
    public int MaxChildren { get; set; }
    public decimal BaseRate { get; set; }
    public bool IsActive { get; set; } = true;
    public string? Notes { get; set; }

    public List<Booking> Bookings { get; set; } = [];
}
