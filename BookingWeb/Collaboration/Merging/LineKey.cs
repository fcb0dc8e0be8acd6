namespace BookingWeb.Collaboration.Merging;

/// <summary>
/// Identifies a child line across the three sides of a merge: a saved line by its row id, a line added in
/// the editor (no row id yet) by a key the editor gives it, unique within the editor.
/// </summary>
public readonly record struct LineKey
{
    private LineKey(int? rowId, string? clientKey)
    {
        RowId = rowId;
        ClientKey = clientKey;
    }

    public int? RowId { get; }
    public string? ClientKey { get; }

    public static LineKey Row(int rowId) => rowId > 0
        ? new LineKey(rowId, null)
        : throw new ArgumentOutOfRangeException(nameof(rowId), "A saved line has a positive row id; key new lines with LineKey.New.");

    public static LineKey New(string clientKey) => string.IsNullOrEmpty(clientKey)
        ? throw new ArgumentException("A new line needs a key.", nameof(clientKey))
        : new LineKey(null, clientKey);

    public override string ToString() => RowId is { } id ? $"row {id}" : $"new line {ClientKey}";
}
