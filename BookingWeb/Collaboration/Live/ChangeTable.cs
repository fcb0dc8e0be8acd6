namespace BookingWeb.Collaboration.Live;

/// <summary>The tables whose changes the database announces (see the LiveNotifications migration).</summary>
public enum ChangeTable
{
    Bookings, Guests, Rooms, AdditionalServices, Discounts, Reminders,

    /// <summary>Someone opened or left a booking's editor (no data changed; see PresenceService).</summary>
    Presence,

    /// <summary>A staff account's active flag or security stamp changed (see StaffAccountWatch); not data pages show.</summary>
    StaffAccounts,
}

public enum ChangeOperation { Insert, Update, Delete }

public static class ChangeTableNames
{
    private static readonly Dictionary<string, ChangeTable> ByDatabaseName = new(StringComparer.Ordinal)
    {
        ["bookings"] = ChangeTable.Bookings,
        ["guests"] = ChangeTable.Guests,
        ["rooms"] = ChangeTable.Rooms,
        ["additional_services"] = ChangeTable.AdditionalServices,
        ["discounts"] = ChangeTable.Discounts,
        ["reminders"] = ChangeTable.Reminders,
        ["presence"] = ChangeTable.Presence,
        ["users"] = ChangeTable.StaffAccounts,
    };

    private static readonly Dictionary<ChangeTable, string> DatabaseNames = ByDatabaseName.ToDictionary(p => p.Value, p => p.Key);

    public static bool TryParse(string databaseName, out ChangeTable table) =>
        ByDatabaseName.TryGetValue(databaseName, out table);

    /// <summary>The table's name in the database, its notifications and the audit log: "guests".</summary>
    public static string DatabaseName(this ChangeTable table) => DatabaseNames[table];

    /// <summary>The tables holding data (everything but <see cref="ChangeTable.Presence"/> and <see cref="ChangeTable.StaffAccounts"/>).</summary>
    public static IReadOnlySet<ChangeTable> Data { get; } = Enum.GetValues<ChangeTable>()
        .Where(t => t is not (ChangeTable.Presence or ChangeTable.StaffAccounts)).ToHashSet();

    /// <summary>The booking's own tables: a change to any of them changes what the booking shows.</summary>
    public static IReadOnlySet<ChangeTable> BookingAndLines { get; } = new HashSet<ChangeTable>
    {
        ChangeTable.Bookings, ChangeTable.AdditionalServices, ChangeTable.Discounts, ChangeTable.Reminders,
    };
}
