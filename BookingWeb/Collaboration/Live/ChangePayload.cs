using System.Globalization;
using System.Text.Json;

namespace BookingWeb.Collaboration.Live;

/// <summary>
/// Reads the JSON the change triggers send (audit_and_notify_bookings and its siblings): for a row
/// <c>{"table","op","id","booking_id","version","by","origin","audit_id"}</c>, for a statement that changed many rows
/// <c>{"table","op","bulk":true,"count","by","origin","audit_id","last_audit_id"}</c>.
/// Anyone may NOTIFY the channel, so everything is checked and a bad payload yields a reason, never an exception.
/// </summary>
public static class ChangePayload
{
    public static bool TryParse(string payload, DateTimeOffset receivedAt, out EntityChange? change, out string? error)
    {
        change = null;
        try
        {
            using var document = JsonDocument.Parse(payload);
            change = Read(document.RootElement, receivedAt, out error);
        }
        catch (JsonException exception)
        {
            error = $"not JSON: {exception.Message}";
        }
        return change is not null;
    }

    private static EntityChange? Read(JsonElement root, DateTimeOffset receivedAt, out string? error)
    {
        error = null;
        if (root.ValueKind != JsonValueKind.Object)
            return Fail("not a JSON object", out error);
        if (!TryGetString(root, "table", out var tableName) || !ChangeTableNames.TryParse(tableName!, out var table))
            return Fail($"unknown table '{Text(root, "table")}'", out error);
        if (!TryGetString(root, "op", out var op) || !TryParseOperation(op!, out var operation))
            return Fail($"unknown operation '{Text(root, "op")}'", out error);
        if (!TryGetOptionalString(root, "by", out var by) || !TryGetOptionalString(root, "origin", out var origin))
            return Fail("invalid by or origin", out error);
        if (!TryGetLong(root, "audit_id", out var auditId))
            return Fail("missing or invalid audit_id", out error);
        if (root.TryGetProperty("bulk", out var bulk))
            return bulk.ValueKind == JsonValueKind.True
                ? ReadBulk(root, table, operation, by, origin, auditId, receivedAt, out error)
                : Fail("invalid bulk", out error);
        if (!TryGetOptionalInt(root, "id", out var id) || id is null)
            return Fail("missing or invalid id", out error);
        if (!TryGetOptionalInt(root, "booking_id", out var bookingId))
            return Fail("invalid booking_id", out error);
        if (!TryGetOptionalString(root, "version", out var versionText)
            || !TryParseVersion(versionText, out var version))
            return Fail("invalid version", out error);
        return new EntityChange(table, operation, id.Value, bookingId, version, by, origin, auditId, receivedAt);
    }

    /// <summary>A bulk notice names no row: a row's fields in it mean someone wrote it by hand, so it is refused.</summary>
    private static EntityChange? ReadBulk(JsonElement root, ChangeTable table, ChangeOperation operation,
        string? by, string? origin, long auditId, DateTimeOffset receivedAt, out string? error)
    {
        error = null;
        if (!TryGetOptionalInt(root, "count", out var count) || count is not > 0)
            return Fail("missing or invalid count", out error);
        if (!TryGetLong(root, "last_audit_id", out var lastAuditId) || lastAuditId < auditId)
            return Fail("missing or invalid last_audit_id", out error);
        if (RowFields.FirstOrDefault(name => root.TryGetProperty(name, out _)) is { } rowField)
            return Fail($"a bulk notice has no {rowField}", out error);
        return new EntityChange(table, operation, 0, null, null, by, origin, auditId, receivedAt, new BulkChange(count.Value, lastAuditId));
    }

    private static readonly string[] RowFields = ["id", "booking_id", "version"];

    private static EntityChange? Fail(string reason, out string? error)
    {
        error = reason;
        return null;
    }

    private static bool TryParseOperation(string op, out ChangeOperation operation)
    {
        operation = op switch
        {
            "INSERT" => ChangeOperation.Insert,
            "UPDATE" => ChangeOperation.Update,
            "DELETE" => ChangeOperation.Delete,
            _ => (ChangeOperation)(-1),
        };
        return Enum.IsDefined(operation);
    }

    private static bool TryParseVersion(string? text, out uint? version)
    {
        version = null;
        if (text is null) return true;
        if (!uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
        version = value;
        return true;
    }

    private static bool TryGetString(JsonElement root, string name, out string? value)
    {
        value = root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : null;
        return value is not null;
    }

    /// <summary>Absent or null is fine (null); any other non-string is invalid.</summary>
    private static bool TryGetOptionalString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) return false;
        value = element.GetString();
        return true;
    }

    private static bool TryGetOptionalInt(JsonElement root, string name, out int? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var number)) return false;
        value = number;
        return true;
    }

    private static bool TryGetLong(JsonElement root, string name, out long value)
    {
        value = 0;
        return root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number
            && element.TryGetInt64(out value);
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) ? element.ToString() : "";
}
