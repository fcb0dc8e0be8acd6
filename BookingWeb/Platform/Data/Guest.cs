namespace BookingWeb.Platform.Data;

public class Guest : Entity
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Notes { get; set; }

    public List<Booking> Bookings { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}".Trim();
}
