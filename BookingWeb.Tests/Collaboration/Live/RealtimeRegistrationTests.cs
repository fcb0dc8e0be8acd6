using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookingWeb.Tests.Collaboration.Live;

public class RealtimeRegistrationTests
{
    [Fact]
    public void The_listener_defaults_to_the_apps_connection_string_and_documented_settings()
    {
        var options = OptionsFrom(new() { ["ConnectionStrings:BookingWeb"] = "Host=db;Database=hotel" });

        Assert.Equal("Host=db;Database=hotel", options.ConnectionString);
        Assert.Equal("bookingweb_changes", options.Channel);
        Assert.Equal(10, options.KeepaliveSeconds);
        Assert.Equal(0.5, options.ReconnectMinDelaySeconds);
        Assert.Equal(30, options.ReconnectMaxDelaySeconds);
    }

    [Theory]
    [InlineData("Realtime:ReconnectMaxDelaySeconds", "0.1")]
    [InlineData("Realtime:KeepaliveSeconds", "0")]
    [InlineData("Realtime:Channel", "changes; DROP TABLE bookings")]
    public void Invalid_settings_are_refused(string key, string value)
    {
        Assert.Throws<OptionsValidationException>(() =>
            OptionsFrom(new() { ["ConnectionStrings:BookingWeb"] = "Host=db", [key] = value }));
    }

    private static ListenerOptions OptionsFrom(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddRealtime(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ListenerOptions>>().Value;
    }
}
