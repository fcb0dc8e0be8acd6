using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// Stands in for an OpenTelemetry collector on a loopback port: accepts OTLP over HTTP (protobuf) and keeps what arrived.
/// The protobuf is not decoded: names and attribute values sit in it as plain UTF-8, which is what the tests look for.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly ConcurrentQueue<(string Path, string Body)> _received = new();

    private OtlpCollector(WebApplication server) => _server = server;

    public string Endpoint { get; private set; } = "";

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var collector = new OtlpCollector(builder.Build());
        collector._server.Run(collector.ReceiveAsync);
        await collector._server.StartAsync();
        collector.Endpoint = collector._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return collector;
    }

    /// <summary>Whether any export to <paramref name="path"/> (/v1/traces, /v1/metrics) so far holds every one of <paramref name="texts"/>.</summary>
    public bool Received(string path, params string[] texts) =>
        _received.Any(export => export.Path == path && texts.All(text => export.Body.Contains(text, StringComparison.Ordinal)));

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _received.Enqueue((context.Request.Path, Encoding.UTF8.GetString(body.ToArray())));
        context.Response.ContentType = "application/x-protobuf"; // an empty body is an empty, successful export response
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }
}
