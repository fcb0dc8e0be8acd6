using System.Data.Common;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Guests;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>
/// A search box is no lever on the database: however many words or characters arrive, the bookings list and the guest
/// search ask PostgreSQL the same statements as for one word, with a bounded list of words to match.
/// </summary>
public class SearchCostTests(BookingListDatabase database) : IClassFixture<BookingListDatabase>
{
    private static readonly string ThreeHundredWords = string.Join(" ", Enumerable.Range(1, 300).Select(i => $"lovelace{i}"));
    private static readonly string FiveThousandCharacters = new('a', 5_000);

    private readonly RecordedCommands _commands = new();

    [Fact]
    public async Task Three_hundred_words_or_five_thousand_characters_cost_the_bookings_list_what_one_word_costs()
    {
        var queries = new BookingQueries(new RecordingFactory(database, _commands),
            new SharedReads(new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System), NullLogger<BookingQueries>.Instance);

        var oneWord = await StatementsAsync(() => queries.ListAsync(new BookingFilter { Search = "lovelace" }, BookingSort.Default, 0, 25));
        var manyWords = await StatementsAsync(() => queries.ListAsync(new BookingFilter { Search = ThreeHundredWords }, BookingSort.Default, 0, 25));
        var longText = await StatementsAsync(() => queries.ListAsync(new BookingFilter { Search = FiveThousandCharacters }, BookingSort.Default, 0, 25));

        Assert.Equal(oneWord.Select(s => s.Sql), manyWords.Select(s => s.Sql));
        Assert.Equal(oneWord.Select(s => s.Sql), longText.Select(s => s.Sql));
        Assert.All(manyWords.Concat(longText), s => Assert.InRange(s.LongestParameter, 0, SearchBoxLimit));
        // Normal searches find what they found before.
        var found = await queries.ListAsync(new BookingFilter { Search = "ada lovelace" }, BookingSort.Default, 0, 25);
        Assert.Equal(["RES-2026-0001"], found.Items.Select(i => i.ReservationNumber));
    }

    [Fact]
    public async Task Three_hundred_words_or_five_thousand_characters_cost_the_guest_search_what_one_word_costs()
    {
        var guests = new GuestService(new RecordingFactory(database, _commands), new GuestRules(), new StaffSession(new ServiceCollection().BuildServiceProvider()),
            TestHotel.Clock(), NullLogger<GuestService>.Instance);
        GuestQuery Query(string text) => new(text, GuestSort.Name, false, 0, 25);

        var oneWord = await StatementsAsync(() => guests.GetPageAsync(Query("lovelace")));
        var manyWords = await StatementsAsync(() => guests.GetPageAsync(Query(ThreeHundredWords)));
        var longText = await StatementsAsync(() => guests.GetPageAsync(Query(FiveThousandCharacters)));
        var picker = await StatementsAsync(() => guests.SearchAsync(ThreeHundredWords));

        Assert.Equal(oneWord.Select(s => s.Sql), manyWords.Select(s => s.Sql));
        Assert.Equal(oneWord.Select(s => s.Sql), longText.Select(s => s.Sql));
        Assert.All(manyWords.Concat(longText).Concat(picker), s => Assert.InRange(s.LongestParameter, 0, SearchBoxLimit));
        Assert.Equal("Lovelace", Assert.Single((await guests.GetPageAsync(Query("ada lovelace"))).Rows).LastName);
    }

    /// <summary>No parameter of a search statement carries more than a search box holds: 200 characters (and the pattern's two %).</summary>
    private const int SearchBoxLimit = 202;

    private async Task<IReadOnlyList<Statement>> StatementsAsync(Func<Task> search)
    {
        _commands.Clear();
        await search();
        return _commands.Statements;
    }

    private sealed record Statement(string Sql, int LongestParameter);

    private sealed class RecordedCommands : DbCommandInterceptor
    {
        private readonly List<Statement> _statements = [];

        public IReadOnlyList<Statement> Statements { get { lock (_statements) return [.. _statements]; } }

        public void Clear() { lock (_statements) _statements.Clear(); }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var longest = command.Parameters.Cast<DbParameter>().Select(p => p.Value switch
            {
                string text => text.Length,
                Array array => array.Length,
                _ => 0,
            }).DefaultIfEmpty(0).Max();
            lock (_statements) _statements.Add(new Statement(command.CommandText, longest));
            return ValueTask.FromResult(result);
        }
    }

    private sealed class RecordingFactory(DatabaseFixture database, RecordedCommands commands) : IDbContextFactory<BookingDbContext>
    {
        public BookingDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(database.ConnectionString).AddInterceptors(commands).Options);
    }
}

/// <summary>What was searched for (guest names, e-mail addresses) never reaches the log, not even when the search fails.</summary>
public class SearchLogTests(DatabaseFixture database) : BookingsListComponentTest(database, services => services
    .AddFakeLogging().AddSingleton(UnreachableDatabase.For(database))), IClassFixture<DatabaseFixture>
{
    [Fact]
    public void A_failed_search_is_logged_without_the_words_searched_for()
    {
        var page = RenderPage("/bookings?q=Lovelace%20ada%40example.com");

        page.WaitForAssertion(() => Assert.Contains("The bookings could not be loaded.", page.Markup), Patience);
        var log = Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(log, r => r.Level == LogLevel.Error && r.Category!.EndsWith(nameof(BookingsPage)));
        Assert.DoesNotContain(log, r => LogText.Of(r).Contains("lovelace", StringComparison.OrdinalIgnoreCase) || LogText.Of(r).Contains("ada@example"));
    }
}
