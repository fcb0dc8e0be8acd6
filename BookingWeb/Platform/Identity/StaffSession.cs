using Microsoft.AspNetCore.Components.Authorization;

namespace BookingWeb.Platform.Identity;

/// <summary>
/// Who is working in this scope (a circuit, or one request) and from which circuit. Services ask it before
/// anything an admin alone may do, and every database context of the scope carries it into the triggers.
/// </summary>
public sealed class StaffSession(IServiceProvider services)
{
    /// <summary>The circuit's id, set when the circuit opens; null outside circuits.</summary>
    public string? CircuitId { get; internal set; }

    public StaffMember Current
    {
        get
        {
            var state = AuthenticationState();
            return state is { IsCompletedSuccessfully: true } ? StaffMember.From(state.Result.User) : StaffMember.Nobody;
        }
    }

    private Task<AuthenticationState>? AuthenticationState()
    {
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        try
        {
            return provider.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            // Scopes that are neither a request nor a circuit (start-up, background work) have no user: the system acts.
            return null;
        }
    }
}
