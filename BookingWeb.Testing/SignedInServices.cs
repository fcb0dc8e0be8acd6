using BookingWeb.Platform.Clock;
using System.Security.Claims;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Testing;

public sealed record TestUser(string Id, string DisplayName, string Role)
{
    public static readonly TestUser Admin = new("user-admin-1", "Ada Admin", StaffRoles.Admin);
    public static readonly TestUser Staff = new("user-staff-1", "Sam Staff", StaffRoles.Staff);

    public ClaimsPrincipal Principal => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Id),
        new Claim(StaffMember.DisplayNameClaim, DisplayName),
        new Claim(ClaimTypes.Role, Role),
    ], authenticationType: "Test"));
}

/// <summary>
/// The app's own data registrations against a test database, in a scope where <paramref name="user"/> is signed in:
/// services see the same session and stamp the same "who" that they do behind a real sign-in.
/// </summary>
public static class SignedInServices
{
    public static IServiceProvider For(DatabaseFixture database, TestUser user, Func<IServiceCollection, IServiceCollection> addFeature)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:BookingWeb"] = database.ConnectionString })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddHotelClock(configuration)
            .AddData<StaffDbContextFactory>(configuration)
            .AddScoped<StaffSession>()
            .AddScoped<AuthenticationStateProvider>(_ => new SignedInAs(user.Principal));
        return addFeature(services).BuildServiceProvider().CreateScope().ServiceProvider;
    }

    private sealed class SignedInAs(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
