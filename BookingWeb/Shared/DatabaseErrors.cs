using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Texts;
using Npgsql;

namespace BookingWeb.Shared;

/// <summary>
/// Turns PostgreSQL's refusals into sentences a receptionist understands, in their language (Texts/SharedTexts.resx). Features with richer context
/// (the booking overlap names the other booking) handle their own constraint first and fall back here.
/// </summary>
public static class DatabaseErrors
{
    private static readonly Dictionary<string, Func<string>> ConstraintSentences = new()
    {
        ["ck_rooms_capacity"] = () => SharedTexts.DbRoomCapacity,
        ["ck_rooms_base_rate"] = () => SharedTexts.DbRoomBaseRate,
        ["ck_bookings_dates"] = () => SharedTexts.DbBookingDates,
        ["ck_bookings_party"] = () => SharedTexts.DbBookingParty,
        ["ck_bookings_money"] = () => SharedTexts.DbBookingMoney,
        ["ck_additional_services_amounts"] = () => SharedTexts.DbServiceAmounts,
        ["ck_discounts_value"] = () => SharedTexts.DbDiscountValue,
        ["ex_bookings_room_overlap"] = () => SharedTexts.DbRoomOverlap,
    };

    public static PostgresException? FindPostgresError(Exception exception) => exception switch
    {
        PostgresException postgres => postgres,
        DbUpdateException { InnerException: { } inner } => FindPostgresError(inner),
        _ => exception.InnerException is { } inner ? FindPostgresError(inner) : null,
    };

    /// <summary>A plain sentence for a database refusal, or null when the error is not a refusal of the input.</summary>
    public static string? Describe(Exception exception)
    {
        var error = FindPostgresError(exception);
        if (error is null) return null;
        if (error.ConstraintName is { } name && ConstraintSentences.TryGetValue(name, out var sentence))
            return sentence();
        return error.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => SharedTexts.DbUnique,
            PostgresErrorCodes.ForeignKeyViolation => SharedTexts.DbForeignKey,
            PostgresErrorCodes.CheckViolation => SharedTexts.DbCheck,
            PostgresErrorCodes.StringDataRightTruncation => SharedTexts.DbTooLong,
            PostgresErrorCodes.NumericValueOutOfRange => SharedTexts.DbNumberTooLarge,
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter => SharedTexts.DbBadCharacter,
            PostgresErrorCodes.NotNullViolation => SharedTexts.DbNotNull,
            PostgresErrorCodes.ExclusionViolation => SharedTexts.DbExclusion,
            { } state when state.StartsWith("23", StringComparison.Ordinal) => SharedTexts.DbRule,
            _ => null,
        };
    }

    /// <summary>
    /// Why the database could not be used just now (down, restarting, unreachable, out of connections), in words that
    /// follow "Not saved: …"; null when the database answered and the error is something else.
    /// </summary>
    public static string? Unavailable(Exception exception)
    {
        if (FindPostgresError(exception) is { } error)
            return error.SqlState switch
            {
                PostgresErrorCodes.TooManyConnections => FailureSentences.DatabaseBusy,
                PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow =>
                    FailureSentences.DatabaseUnreachable,
                { } state when state.StartsWith("08", StringComparison.Ordinal) => FailureSentences.DatabaseUnreachable,
                _ => null,
            };
        for (var inner = exception; inner is not null; inner = inner.InnerException)
            if (inner is NpgsqlException or SocketException or TimeoutException) return FailureSentences.DatabaseUnreachable;
        return null;
    }
}
