namespace BookingWeb.Platform.Data;

/// <summary>What every table carries: an id, PostgreSQL's xmin as the row version, and who touched it when.</summary>
public abstract class Entity
{
    public int Id { get; set; }

    /// <summary>Maps to the system column <c>xmin</c>; EF checks it on every UPDATE and DELETE.</summary>
    public uint Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
