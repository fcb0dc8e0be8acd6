using BookingWeb.Platform.Data;
using BookingWeb.Tests.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BookingWeb.Tests.Platform.Data;

/// <summary>Several instances must fit into PostgreSQL's default 100 connections (docs/operating.md, "Connections").</summary>
public class ConnectionPoolTests
{
    [Fact]
    public async Task The_app_caps_its_connection_pool_at_25_when_the_connection_string_sets_no_maximum()
    {
        Assert.Equal(25, await EffectiveMaxPoolSizeAsync("Host=127.0.0.1;Database=bookingweb;Username=bookingweb"));
    }

    [Theory]
    [InlineData("Maximum Pool Size=40")]
    [InlineData("MaxPoolSize=40")]
    public async Task A_maximum_the_operator_sets_is_kept(string setting)
    {
        Assert.Equal(40, await EffectiveMaxPoolSizeAsync($"Host=127.0.0.1;Database=bookingweb;Username=bookingweb;{setting}"));
    }

    /// <summary>The maximum pool size of the connection string the app's own contexts use.</summary>
    private static async Task<int> EffectiveMaxPoolSizeAsync(string configured)
    {
        await using var start = LoggedStart.Build("Testing", configured);
        await using var scope = start.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize;
    }
}
