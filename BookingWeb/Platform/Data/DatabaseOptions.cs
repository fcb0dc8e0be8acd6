using System.ComponentModel.DataAnnotations;

namespace BookingWeb.Platform.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The connection string's name: ConnectionStrings__BookingWeb.</summary>
    public const string ConnectionStringName = "BookingWeb";

    /// <summary>Apply pending migrations when the app starts. Operators who migrate separately turn this off.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed the demo hotel on first start; only ever honoured in the Development environment.</summary>
    public bool SeedDemoData { get; set; } = true;

    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}
