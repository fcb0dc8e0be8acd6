namespace BookingWeb.Features.History;

/// <summary>An audit row in plain words: "changed Check-out (2027-05-05 → 2027-05-07) and Notes", "added service “Parking”".</summary>
public static class HistorySentences
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["reservation_number"] = "Reservation number", ["room_id"] = "Room", ["guest_id"] = "Guest", ["check_in"] = "Check-in",
        ["check_out"] = "Check-out", ["adults"] = "Adults", ["children"] = "Children", ["status"] = "Status",
        ["rate_per_night"] = "Rate per night", ["payment_status"] = "Payment", ["amount_paid"] = "Amount paid", ["notes"] = "Notes",
        ["first_name"] = "First name", ["last_name"] = "Last name", ["email"] = "E-mail", ["phone"] = "Phone", ["street"] = "Street",
        ["postal_code"] = "Postal code", ["city"] = "City", ["country"] = "Country", ["number"] = "Number", ["name"] = "Name",
        ["type"] = "Type", ["max_adults"] = "Max adults", ["max_children"] = "Max children", ["base_rate"] = "Base rate",
        ["is_active"] = "Active", ["description"] = "Description", ["quantity"] = "Quantity", ["unit_price"] = "Unit price",
        ["service_date"] = "Service date", ["kind"] = "Kind", ["value"] = "Value", ["due_at"] = "Due", ["text"] = "Text", ["done"] = "Done",
    };

    private static readonly HashSet<string> Bookkeeping = ["id", "booking_id", "created_at", "created_by", "updated_at", "updated_by", "done_by"];

    private static readonly Dictionary<string, string> LineNouns = new()
    {
        ["additional_services"] = "service", ["discounts"] = "discount", ["reminders"] = "reminder",
    };

    public static string Describe(AuditEntry entry)
    {
        if (LineNouns.TryGetValue(entry.TableName, out var noun))
        {
            var label = $"{noun} “{entry.Text("description") ?? entry.Text("text")}”";
            return entry.Operation switch
            {
                "INSERT" => $"added {label}",
                "DELETE" => $"removed {label}",
                _ => $"changed {label}: {ChangedColumns(entry)}",
            };
        }
        var thing = entry.TableName switch { "guests" => "the guest", "rooms" => "the room", _ => "the booking" };
        return entry.Operation switch
        {
            "INSERT" => $"created {thing}",
            "DELETE" => $"deleted {thing}",
            _ => $"changed {ChangedColumns(entry)}",
        };
    }

    private static string ChangedColumns(AuditEntry entry)
    {
        var parts = entry.Columns.Where(c => !Bookkeeping.Contains(c.Key)).Select(c =>
        {
            var label = Labels.GetValueOrDefault(c.Key, c.Key);
            return c.Key.EndsWith("_id", StringComparison.Ordinal) || c.Key == "notes"
                ? label
                : $"{label} ({Show(c.Value.Old)} → {Show(c.Value.New)})";
        }).ToList();
        return parts.Count == 0 ? "nothing visible" : string.Join(", ", parts);
    }

    private static string Show(string? value) => value switch
    {
        null or "" => "empty",
        { Length: > 40 } => value[..40] + "…",
        _ => value,
    };
}
