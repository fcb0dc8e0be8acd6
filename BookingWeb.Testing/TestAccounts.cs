namespace BookingWeb.Testing;

public sealed record TestAccount(string Email, string Password, string DisplayName);

/// <summary>The accounts every hosted app has: the admin comes through the production bootstrap settings.</summary>
public static class TestAccounts
{
    public static readonly TestAccount Admin = new("ada@test.hotel", "Admin-Pass-2026", "Administrator");
    public static readonly TestAccount Staff = new("sam@test.hotel", "Staff-Pass-2026", "Sam Staff");
}
