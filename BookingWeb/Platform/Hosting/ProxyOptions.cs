using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BookingWeb.Platform.Hosting;

/// <summary>
/// Which reverse proxies may tell the app the client's address and scheme (X-Forwarded-For/-Proto).
/// Loopback is always trusted; add the proxy's network (e.g. the compose network) as CIDR.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    public List<string> TrustedNetworks { get; set; } = [];

    internal static void Configure(ForwardedHeadersOptions options, ProxyOptions proxy)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var network in proxy.TrustedNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out var parsed))
                throw new InvalidOperationException($"Proxy:TrustedNetworks holds \"{network}\", which is not a network like 172.18.0.0/16.");
            options.KnownIPNetworks.Add(parsed);
        }
    }
}
