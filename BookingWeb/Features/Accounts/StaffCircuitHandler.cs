using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BookingWeb.Features.Accounts;

/// <summary>Hands the circuit's id to the scope's <see cref="StaffSession"/> before any component renders.</summary>
internal sealed class StaffCircuitHandler(StaffSession session) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        session.CircuitId = circuit.Id;
        return Task.CompletedTask;
    }
}
