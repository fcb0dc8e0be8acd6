namespace BookingWeb.Data;

/// <summary>One ASP.NET data-protection key (it signs sign-in cookies and anti-forgery tokens), shared by every instance.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
