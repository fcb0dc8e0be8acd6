using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>What an operator reads in the log of a start: no passwords or e-mail addresses, and only what really happened.</summary>
public class StartupLogTests
{
    private static readonly string[] DemoPasswords = ["Demo-Admin-2026", "Demo-Anna-2026", "Demo-Ben-2026"];

    [Fact]
    public async Task A_development_start_names_no_demo_password_and_no_e_mail_address_in_its_log()
    {
        await WithEmptyDatabaseAsync(async connectionString =>
        {
            await using var start = LoggedStart.Build("Development", connectionString, "--Database:SeedDemoData=false");
            await start.MigrateAndSeedAsync();

            var lines = start.Lines();
            Assert.Contains(lines, line => line.Contains("README")); // where the demo accounts are written down
            foreach (var secret in DemoPasswords.Append("@demo.hotel"))
                Assert.DoesNotContain(lines, line => line.Contains(secret));
        });
    }

    [Fact]
    public async Task The_demo_hotel_is_made_by_the_demo_staff_so_its_history_names_colleagues_and_never_an_outsider()
    {
        await WithEmptyDatabaseAsync(async connectionString =>
        {
            await using var start = LoggedStart.Build("Development", connectionString);
            await start.MigrateAndSeedAsync();

            await using var scope = start.App.Services.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>()
                .CreateDbContextAsync();
            var names = await db.Users.ToDictionaryAsync(u => u.Id, u => u.DisplayName);
            var authors = await db.Database.SqlQueryRaw<AuthorCount>(
                "SELECT table_name AS \"Table\", changed_by AS \"Author\", count(*)::int AS \"Rows\" FROM audit_log GROUP BY 1, 2").ToListAsync();

            Assert.DoesNotContain(authors, a => a.Author is null || !names.ContainsKey(a.Author));
            Assert.Equal(["Maria Admin"], authors.Where(a => a.Table == "rooms").Select(a => names[a.Author!]));
            Assert.Equal(["Anna Reception", "Ben Reception", "Maria Admin"],
                authors.Where(a => a.Table == "bookings").Select(a => names[a.Author!]).Order());
        });
    }

    private sealed record AuthorCount(string Table, string? Author, int Rows);

    [Fact]
    public async Task The_first_administrator_from_configuration_is_named_by_id_and_never_by_e_mail_address()
    {
        await WithEmptyDatabaseAsync(async connectionString =>
        {
            await using var start = LoggedStart.Build("Testing", connectionString,
                "--Accounts:BootstrapAdminEmail=owner@bootstrap.hotel", "--Accounts:BootstrapAdminPassword=Owner-Pass-2026");
            await start.MigrateAndSeedAsync();

            await using var scope = start.App.Services.CreateAsyncScope();
            var owner = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync("owner@bootstrap.hotel");
            var lines = start.Lines();
            Assert.Contains(lines, line => line.Contains(owner!.Id));
            Assert.DoesNotContain(lines, line => line.Contains("owner@bootstrap.hotel") || line.Contains("Owner-Pass-2026"));
        });
    }

    [Fact]
    public async Task A_start_alone_does_not_say_it_waits_for_the_start_up_lock()
    {
        await WithEmptyDatabaseAsync(async connectionString =>
        {
            await using var start = LoggedStart.Build("Testing", connectionString, TestBootstrapAdmin);
            await start.MigrateAndSeedAsync();

            Assert.DoesNotContain(start.Lines(), line => line.Contains("start-up lock"));
        });
    }

    [Fact]
    public async Task A_start_that_finds_another_instance_holding_the_start_up_lock_says_it_waits_and_goes_on_once_it_is_free()
    {
        await WithEmptyDatabaseAsync(async connectionString =>
        {
            await using var otherInstance = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await otherInstance.OpenAsync();
            await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('bookingweb.startup'))", otherInstance))
                await take.ExecuteNonQueryAsync();

            await using var start = LoggedStart.Build("Testing", connectionString, TestBootstrapAdmin);
            var migrating = start.MigrateAndSeedAsync();
            await WaitUntilAsync(() => start.Lines(LogLevel.Information).Any(line => line.Contains("Waiting for the start-up lock")), migrating);
            Assert.False(migrating.IsCompleted);

            await otherInstance.CloseAsync();
            await migrating.WaitAsync(TimeSpan.FromSeconds(60));
        });
    }

    [Fact]
    public async Task The_first_start_logs_no_failed_query_of_the_migrations_history_as_the_readme_says()
    {
        await WithEmptyDatabaseAsync(async connectionString =>
        {
            await using var start = LoggedStart.Build("Testing", connectionString, TestBootstrapAdmin);
            await start.MigrateAndSeedAsync();

            var failedHistoryQueries = start.Lines(LogLevel.Warning).Where(line => line.Contains("__EFMigrationsHistory")).ToList();
            var readme = File.ReadAllText(Path.Combine(PublishedApp.RepositoryRoot, "README.md"));
            Assert.True(failedHistoryQueries.Count == 0, string.Join("\n", failedHistoryQueries));
            Assert.Contains("The very first start logs no failed query", readme);
        });
    }

    private static readonly string[] TestBootstrapAdmin =
        [$"--Accounts:BootstrapAdminEmail={TestAccounts.Admin.Email}", $"--Accounts:BootstrapAdminPassword={TestAccounts.Admin.Password}"];

    private static async Task WithEmptyDatabaseAsync(Func<string, Task> test)
    {
        var database = new EmptyDatabase();
        await database.InitializeAsync();
        try { await test(database.ConnectionString); }
        finally { await database.DisposeAsync(); }
    }

    /// <summary>Polls <paramref name="condition"/> (a log line appearing) for up to 30 s, failing at once if <paramref name="start"/> ends first.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, Task start)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (start.IsCompleted) { await start; Assert.Fail("The start finished without waiting for the lock."); }
            if (DateTime.UtcNow > deadline) Assert.Fail("The start never said it waits for the start-up lock.");
            await Task.WhenAny(start, Task.Delay(50)); // no event for "a line was logged": poll the captured log
        }
    }
}
