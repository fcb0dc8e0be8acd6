using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>Two published app processes on two ports over one empty database, started at the same moment.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly EmptyDatabase _database = new();

    public AppProcess First { get; private set; } = null!;
    public AppProcess Second { get; private set; } = null!;
    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var published = await PublishedApp.GetFolderAsync();
        var keys = KeyCertificate.Create();
        var environment = new Dictionary<string, string>(keys.Environment(keys.Path))
        {
            ["ConnectionStrings__BookingWeb"] = _database.ConnectionString,
            ["Accounts__BootstrapAdminEmail"] = TestAccounts.Admin.Email,
            ["Accounts__BootstrapAdminPassword"] = TestAccounts.Admin.Password,
            ["Hotel__Language"] = "en",
        };
        First = AppProcess.Start(published, environment);
        Second = AppProcess.Start(published, environment);
        await Task.WhenAll(First.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)), Second.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)));
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await _database.DisposeAsync();
    }
}
