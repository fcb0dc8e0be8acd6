namespace BookingWeb.Platform.Identity;

/// <summary>The accounts of the demo hotel (Development only). Their passwords are in the README ("Signing in"), never in the log.</summary>
internal static class DemoAccounts
{
    public sealed record Account(string Email, string DisplayName, string Role, string Password);

    public static readonly IReadOnlyList<Account> All =
    [
        new("admin@demo.hotel", "Maria Admin", StaffRoles.Admin, "Demo-Admin-2026"),
        new("anna@demo.hotel", "Anna Reception", StaffRoles.Staff, "Demo-Anna-2026"),
        new("ben@demo.hotel", "Ben Reception", StaffRoles.Staff, "Demo-Ben-2026"),
    ];
}
