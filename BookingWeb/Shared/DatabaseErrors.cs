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
            _ => null,
        };
    }
}
