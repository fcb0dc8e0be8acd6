using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BookingWeb.Shared;

/// <summary>
/// Turns PostgreSQL's refusals into sentences a receptionist understands. Features with richer context
/// (the booking overlap names the other booking) handle their own constraint first and fall back here.
/// </summary>
public static class DatabaseErrors
{
    private static readonly Dictionary<string, string> ConstraintSentences = new()
    {
        ["ck_rooms_capacity"] = "A room sleeps at least one adult, and the child count cannot be negative.",
        ["ck_rooms_base_rate"] = "The base rate cannot be negative.",
        ["ck_bookings_dates"] = "Check-out must be after check-in.",
        ["ck_bookings_party"] = "A booking needs at least one adult, and the child count cannot be negative.",
        ["ck_bookings_money"] = "The rate and the amount paid cannot be negative.",
        ["ck_additional_services_amounts"] = "Service quantities and prices cannot be negative.",
        ["ck_discounts_value"] = "A discount cannot be negative, and a percentage cannot exceed 100.",
        ["ex_bookings_room_overlap"] = "The room is already booked for some of these nights.",
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
            return sentence;
        return error.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => "That value is already used by another record.",
            PostgresErrorCodes.ForeignKeyViolation => "This record is still referred to by others and cannot be removed.",
            PostgresErrorCodes.CheckViolation => "One of the values is out of the allowed range.",
            PostgresErrorCodes.StringDataRightTruncation => "One of the texts is too long.",
            PostgresErrorCodes.NumericValueOutOfRange => "One of the numbers is too large to be saved.",
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
                "One of the texts contains a character that cannot be saved (an invisible control character). Remove it and try again.",
            PostgresErrorCodes.NotNullViolation => "A required value is missing.",
            PostgresErrorCodes.ExclusionViolation => "This clashes with another record.",
            { } state when state.StartsWith("23", StringComparison.Ordinal) => "The database refused these values: they break one of its rules.",
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
