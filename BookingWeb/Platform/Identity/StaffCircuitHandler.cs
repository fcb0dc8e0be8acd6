using BookingWeb.Platform.Hosting;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BookingWeb.Platform.Identity;

/// <summary>
/// Hands the circuit's id to the scope's <see cref="StaffSession"/> before any component renders, counts open
/// circuits, and puts the circuit and user ids on every log line written while the circuit handles an event.
/// </summary>
internal sealed class StaffCircuitHandler(StaffSession session, BookingWebMetrics metrics, ILogger<StaffCircuitHandler> logger) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        session.CircuitId = circuit.Id;
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using (logger.BeginScope(new Dictionary<string, object?> { ["CircuitId"] = session.CircuitId, ["UserId"] = session.Current.UserId }))
                await next(context);
        };
}
