namespace BookingWeb.Platform.Identity;

/// <summary>Admins do everything staff do, and also manage rooms and user accounts.</summary>
public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Admin, Staff];
}
