using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BookingWeb.Collaboration.Presence;

/// <summary>
/// A closed tab keeps its circuit for minutes in case it comes back; its editors must not look open meanwhile.
/// </summary>
internal sealed class PresenceCircuitHandler(PresenceService presence) : CircuitHandler
{
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => presence.SuspendAsync(circuit.Id);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) => presence.ResumeAsync(circuit.Id);

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => presence.LeaveAsync(circuit.Id);
}
