using System.Text.Json;
using BookingWeb.Collaboration.Live;

namespace BookingWeb.Collaboration.History;

/// <summary>One row of audit_log, written by the change trigger for every insert, update and delete.</summary>
public sealed record AuditEntry(long Id, string TableName, int RowId, int? BookingId, string Operation, string Changes, string? ChangedBy, DateTimeOffset ChangedAt)
{
    /// <summary>The table the row is in; null for a table the app does not know (a newer instance's).</summary>
    public ChangeTable? Table => ChangeTableNames.TryParse(TableName, out var table) ? table : null;

    /// <summary>The changed columns: for an insert only new values, for a delete only old ones.</summary>
    public IReadOnlyDictionary<string, ColumnChange> Columns => _columns ??= ParseColumns(Changes);

    private IReadOnlyDictionary<string, ColumnChange>? _columns;

    public string? NewText(string column) => Columns.TryGetValue(column, out var change) ? change.New : null;

    public string? OldText(string column) => Columns.TryGetValue(column, out var change) ? change.Old : null;

    /// <summary>The value as it stands after this change, or before it for a delete.</summary>
    public string? Text(string column) => NewText(column) ?? OldText(column);

    private static Dictionary<string, ColumnChange> ParseColumns(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            column => column.Name,
            column => new ColumnChange(TextOf(column.Value, "old"), TextOf(column.Value, "new")));
    }

    private static string? TextOf(JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}

public sealed record ColumnChange(string? Old, string? New);
