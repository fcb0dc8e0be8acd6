using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Tests.Collaboration.Live;

/// <summary>The app as deployed: its hosted listener feeds changes made outside it to the feed pages use.</summary>
public class HostedListenerTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_running_app_hears_a_change_made_in_psql()
    {
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        var changes = new Recorder<EntityChange>();
        using var subscription = feed.Subscribe(onChange: changes.Add);
        await Eventually.TrueAsync(() => feed.State.IsLive, "the app's listener is live");

        var guestId = await Sql.InsertGuestAsync(app.ConnectionString);

        var received = await changes.WaitForAsync(c => c.Table == ChangeTable.Guests && c.Id == guestId, "the app heard the new guest");
        Assert.True(received.Single(c => c.Id == guestId).IsOutsideBookingWeb);
    }
}
