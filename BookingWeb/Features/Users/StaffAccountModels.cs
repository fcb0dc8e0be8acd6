using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;

namespace BookingWeb.Features.Users;

public sealed record StaffAccountRow(string Id, string Email, string DisplayName, string Role, bool IsActive, bool IsLockedOut);

/// <summary>What the user editor edits. <see cref="Version"/> is the xmin it loaded; a save over a newer change is refused.</summary>
public sealed class StaffAccountDraft
{
    public string? Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = StaffRoles.Staff;
    public bool IsActive { get; set; } = true;
    public uint Version { get; set; }

    /// <summary>Only for a new account: the first password, to hand over in person.</summary>
    public string? Password { get; set; }

    public bool IsNew => Id is null;

    public StaffAccountDraft Copy() => (StaffAccountDraft)MemberwiseClone();
}
