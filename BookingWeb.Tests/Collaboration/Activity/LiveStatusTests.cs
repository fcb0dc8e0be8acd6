using BookingWeb.Collaboration.Activity;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Collaboration.Activity;

/// <summary>The header's live indicator follows the listener's state as it changes.</summary>
public class LiveStatusTests : ComponentTestContext
{
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public LiveStatusTests() => Services.AddSingleton(_feed);

    [Fact]
    public void Says_live_while_the_listener_listens()
    {
        _feed.UpdateState(state => state with { Status = ListenerStatus.Live });

        var status = Render<LiveStatus>();

        Assert.Equal("Live", status.Find("[role=status]").GetAttribute("data-live-status"));
        Assert.Contains("Live", status.Find("[role=status]").TextContent);
        Assert.DoesNotContain("paused", status.Markup);
    }

    [Fact]
    public void Tells_that_updates_are_paused_when_the_connection_drops_and_live_again_when_it_is_back()
    {
        _feed.UpdateState(state => state with { Status = ListenerStatus.Live });
        var status = Render<LiveStatus>();

        _feed.UpdateState(state => state with { Status = ListenerStatus.Reconnecting });
        status.WaitForAssertion(() =>
            Assert.Contains("Live updates paused: reconnecting", status.Find("[data-live-status=Reconnecting]").TextContent));

        _feed.UpdateState(state => state with { Status = ListenerStatus.Live, ReconnectCount = 1 });
        status.WaitForAssertion(() => Assert.Empty(status.FindAll("[data-live-status=Reconnecting]")));
    }

    protected override void TearDown() => _feed.Dispose();
}
