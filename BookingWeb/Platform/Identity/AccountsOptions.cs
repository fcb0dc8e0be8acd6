using System.ComponentModel.DataAnnotations;

namespace BookingWeb.Platform.Identity;

public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Open pages learn at once, through the change channel, that their user was deactivated or signed out elsewhere;
    /// while live updates are paused this instance rechecks every account this often instead.
    /// </summary>
    [Range(1, 600)]
    public int RevalidationIntervalSeconds { get; set; } = 30;

    /// <summary>Creates the first admin on a start that finds none (Production). Never a built-in default.</summary>
    [EmailAddress]
    public string? BootstrapAdminEmail { get; set; }

    public string? BootstrapAdminPassword { get; set; }

    /// <summary>Sign-in form posts one client address may send per <see cref="SignInWindowMinutes"/> (see SignInRateLimit).</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerClient { get; set; } = 10;

    [Range(1, 24 * 60)]
    public int SignInWindowMinutes { get; set; } = 15;

    /// <summary>Development only: create the demo admin and staff accounts and print their passwords.</summary>
    public bool SeedDemoAccounts { get; set; } = true;
}
