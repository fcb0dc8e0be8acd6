using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BookingWeb.Platform.Data;

/// <summary>
/// Tells PostgreSQL who is saving and from which circuit, as transaction-local settings
/// (<c>bookingweb.user</c>, <c>bookingweb.origin</c>), so that the generic change triggers can record and
/// announce it without knowing anything about the app. Runs at the start of every transaction of a
/// <see cref="BookingDbContext"/>; the context makes SaveChanges always use one.
/// </summary>
internal sealed class SessionSettingsInterceptor : DbTransactionInterceptor
{
    public static readonly SessionSettingsInterceptor Instance = new();

    private const string Sql =
        "SELECT set_config('bookingweb.user', @user, true), set_config('bookingweb.origin', @origin, true)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = CreateCommand(connection, eventData, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, eventData, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand CreateCommand(DbConnection connection, TransactionEndEventData eventData, DbTransaction transaction)
    {
        var context = eventData.Context as BookingDbContext;
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        AddParameter(command, "user", context?.Actor);
        AddParameter(command, "origin", context?.Origin);
        return command;
    }

    // An empty setting reads as "not set" in the triggers; set_config cannot take NULL.
    private static void AddParameter(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? "";
        command.Parameters.Add(parameter);
    }
}
