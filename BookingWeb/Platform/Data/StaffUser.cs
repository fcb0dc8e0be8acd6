using Microsoft.AspNetCore.Identity;

namespace BookingWeb.Platform.Data;

/// <summary>A member of staff who signs in. The e-mail address is also the user name.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Deactivated accounts cannot sign in, and their open sessions end within a minute.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The language this person reads BookingWeb in (<c>de</c>, <c>en</c>); null: the hotel's default.</summary>
    public string? Language { get; set; }

    /// <summary>Maps to <c>xmin</c>, like every other table.</summary>
    public uint Version { get; set; }
}
