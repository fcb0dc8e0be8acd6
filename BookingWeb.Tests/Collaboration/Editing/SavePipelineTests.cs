using System.Net.Sockets;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Platform.Hosting;
using BookingWeb.Shared;
using BookingWeb.Tests.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor.Services;
using Npgsql;

namespace BookingWeb.Tests.Collaboration.Editing;

/// <summary>Whatever a save throws, the editor gets a sentence; an unexpected failure's reference is the one in the log.</summary>
public sealed class SavePipelineTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly ListLogger<SavePipeline> _log = new();
    private readonly SavePipeline _saving;

    public SavePipelineTests()
    {
        _services = new ServiceCollection().AddMudServices().AddMetrics().AddSingleton<BookingWebMetrics>().AddScoped<MergeFlow>()
            .BuildServiceProvider();
        _saving = new SavePipeline(_services.GetRequiredService<MergeFlow>(), _log);
    }

    public static TheoryData<string, string> Unavailable => new()
    {
        { PostgresErrorCodes.TooManyConnections, "Not saved: the database is too busy right now (too many connections). Your changes are still here — try again." },
        { PostgresErrorCodes.AdminShutdown, "Not saved: the database can't be reached. Your changes are still here — try again." },
        { PostgresErrorCodes.ConnectionFailure, "Not saved: the database can't be reached. Your changes are still here — try again." },
    };

    [Theory, MemberData(nameof(Unavailable))]
    public async Task A_database_that_is_away_is_named_in_the_sentence(string sqlState, string sentence)
    {
        var result = await _saving.SaveAsync("guest 1", () => throw new PostgresException("away", "FATAL", "FATAL", sqlState));

        Assert.Equal(new SaveResult.Failed(sentence), result);
    }

    [Fact]
    public async Task A_connection_that_cannot_be_opened_is_the_database_that_cant_be_reached()
    {
        var result = await _saving.SaveAsync("guest 1", () => throw new NpgsqlException("Failed to connect", new SocketException(111)));

        Assert.Equal(new SaveResult.Failed("Not saved: the database can't be reached. Your changes are still here — try again."), result);
    }

    [Fact]
    public async Task A_value_the_database_refuses_is_a_refusal_in_its_words()
    {
        var refused = new DbUpdateException("refused", new PostgresException("numeric field overflow", "ERROR", "ERROR", PostgresErrorCodes.NumericValueOutOfRange));

        var result = await _saving.SaveAsync("room 3", () => throw refused);

        Assert.Equal("One of the numbers is too large to be saved.", Assert.IsType<SaveResult.Invalid>(result).Message);
    }

    [Fact]
    public async Task Anything_else_is_something_went_wrong_with_a_reference_that_is_logged_with_the_exception()
    {
        var boom = new InvalidOperationException("boom");

        var result = await _saving.DeleteAsync("booking 9", () => throw boom);

        var message = Assert.IsType<DeleteResult.Failed>(result).Message;
        var reference = System.Text.RegularExpressions.Regex.Match(message, @"^Not deleted: something went wrong \(reference ([A-Z2-9]{8})\)\. Nothing was removed — try again\.$");
        Assert.True(reference.Success, message);
        var logged = Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(reference.Groups[1].Value, logged.Message);
        Assert.Same(boom, logged.Exception);
    }

    [Fact]
    public async Task A_cancel_that_fails_says_it_was_not_cancelled()
    {
        var result = await _saving.ChangeAsync("booking 9", () => throw new TimeoutException(), FailureSentences.NotCancelled);

        Assert.Equal(new SaveResult.Failed("Not cancelled: the database can't be reached. Your changes are still here — try again."), result);
    }

    public void Dispose() => _services.Dispose();
}
