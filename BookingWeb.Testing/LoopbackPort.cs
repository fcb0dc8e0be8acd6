using System.Net;
using System.Net.Sockets;

namespace BookingWeb.Testing;

public static class LoopbackPort
{
    /// <summary>A port free on 127.0.0.1 at this moment, for a server that must be told its port before it binds.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
