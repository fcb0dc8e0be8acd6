using System.Globalization;
using BookingWeb.Collaboration.Live;
using BookingWeb.Texts;

namespace BookingWeb.Collaboration.History;

/// <summary>
/// An audit row in plain words, in the reader's language (Texts/HistoryTexts.resx): "changed Check-out (2027-05-05 → 2027-05-07)
/// and Notes", "added service “Parking”".
/// </summary>
public static class HistorySentences
{
    private static readonly Dictionary<string, Func<string>> Labels = new()
    {
        ["reservation_number"] = () => HistoryTexts.FieldReservationNumber, ["room_id"] = () => HistoryTexts.FieldRoom,
        ["guest_id"] = () => HistoryTexts.FieldGuest, ["check_in"] = () => HistoryTexts.FieldCheckIn,
        ["check_out"] = () => HistoryTexts.FieldCheckOut, ["adults"] = () => HistoryTexts.FieldAdults,
        ["children"] = () => HistoryTexts.FieldChildren, ["status"] = () => HistoryTexts.FieldStatus,
        ["rate_per_night"] = () => HistoryTexts.FieldRatePerNight, ["payment_status"] = () => HistoryTexts.FieldPayment,
        ["amount_paid"] = () => HistoryTexts.FieldAmountPaid, ["notes"] = () => HistoryTexts.FieldNotes,
        ["first_name"] = () => HistoryTexts.FieldFirstName, ["last_name"] = () => HistoryTexts.FieldLastName,
        ["email"] = () => HistoryTexts.FieldEmail, ["phone"] = () => HistoryTexts.FieldPhone, ["street"] = () => HistoryTexts.FieldStreet,
        ["postal_code"] = () => HistoryTexts.FieldPostalCode, ["city"] = () => HistoryTexts.FieldCity,
        ["country"] = () => HistoryTexts.FieldCountry, ["number"] = () => HistoryTexts.FieldNumber, ["name"] = () => HistoryTexts.FieldName,
        ["type"] = () => HistoryTexts.FieldType, ["max_adults"] = () => HistoryTexts.FieldMaxAdults,
        ["max_children"] = () => HistoryTexts.FieldMaxChildren, ["base_rate"] = () => HistoryTexts.FieldBaseRate,
        ["is_active"] = () => HistoryTexts.FieldActive, ["description"] = () => HistoryTexts.FieldDescription,
        ["quantity"] = () => HistoryTexts.FieldQuantity, ["unit_price"] = () => HistoryTexts.FieldUnitPrice,
        ["service_date"] = () => HistoryTexts.FieldServiceDate, ["kind"] = () => HistoryTexts.FieldKind,
        ["value"] = () => HistoryTexts.FieldValue, ["due_at"] = () => HistoryTexts.FieldDue, ["text"] = () => HistoryTexts.FieldText,
        ["done"] = () => HistoryTexts.FieldDone,
    };

    private static readonly HashSet<string> Bookkeeping = ["id", "booking_id", "created_at", "created_by", "updated_at", "updated_by", "done_by"];

    private static readonly Dictionary<ChangeTable, Func<string>> LineNouns = new()
    {
        [ChangeTable.AdditionalServices] = () => HistoryTexts.NounService, [ChangeTable.Discounts] = () => HistoryTexts.NounDiscount,
        [ChangeTable.Reminders] = () => HistoryTexts.NounReminder,
    };

    public static string Describe(AuditEntry entry)
    {
        if (entry.Table is { } table && LineNouns.TryGetValue(table, out var noun))
        {
            var label = string.Format(HistoryTexts.LineLabel, noun(), entry.Text("description") ?? entry.Text("text"));
            return entry.Operation switch
            {
                "INSERT" => string.Format(HistoryTexts.Added, label),
                "DELETE" => string.Format(HistoryTexts.Removed, label),
                _ => string.Format(HistoryTexts.LineChanged, label, ChangedColumns(entry)),
            };
        }
        var thing = entry.Table switch { ChangeTable.Guests => HistoryTexts.TheGuest, ChangeTable.Rooms => HistoryTexts.TheRoom, _ => HistoryTexts.TheBooking };
        return entry.Operation switch
        {
            "INSERT" => string.Format(HistoryTexts.Created, thing),
            "DELETE" => string.Format(HistoryTexts.Deleted, thing),
            _ => string.Format(HistoryTexts.Changed, ChangedColumns(entry)),
        };
    }

    /// <summary>What a record's change offers to put back: each visible column's value before the change (none for lines, inserts, deletes).</summary>
    public static IReadOnlyList<RestoreRequest> Restorable(AuditEntry entry) =>
        entry.Operation != "UPDATE" || entry.Table is null || LineNouns.ContainsKey(entry.Table.Value) ? []
            : entry.Columns.Where(c => !Bookkeeping.Contains(c.Key)).Select(c => new RestoreRequest(c.Key, c.Value.Old,
                Labels.TryGetValue(c.Key, out var text) ? text() : c.Key,
                c.Key.EndsWith("_id", StringComparison.Ordinal) ? HistoryTexts.EarlierValue : Show(c.Key, c.Value.Old))).ToList();

    private static string ChangedColumns(AuditEntry entry)
    {
        var parts = entry.Columns.Where(c => !Bookkeeping.Contains(c.Key)).Select(c =>
        {
            var label = Labels.TryGetValue(c.Key, out var text) ? text() : c.Key;
            return c.Key.EndsWith("_id", StringComparison.Ordinal) || c.Key == "notes"
                ? label
                : string.Format(HistoryTexts.ColumnChange, label, Show(c.Key, c.Value.Old), Show(c.Key, c.Value.New));
        }).ToList();
        return parts.Count == 0 ? HistoryTexts.NothingVisible : string.Join(", ", parts);
    }

    private static readonly HashSet<string> DateColumns = ["check_in", "check_out", "service_date"];
    private static readonly HashSet<string> NumberColumns = ["rate_per_night", "amount_paid", "base_rate", "unit_price", "value", "quantity"];
    private static readonly HashSet<string> FlagColumns = ["is_active", "done"];
    private static readonly HashSet<string> ChoiceColumns = ["status", "payment_status", "type", "kind"];

    private static string Show(string column, string? value) => value switch
    {
        null or "" => HistoryTexts.EmptyValue,
        _ when Readable(column, value) is { } readable => readable,
        { Length: > 40 } => value[..40] + "…",
        _ => value,
    };

    // The trigger records values as PostgreSQL writes them (2027-05-05, 150.00, true, CheckedIn); shown as the reader's language does.
    private static string? Readable(string column, string value)
    {
        if (DateColumns.Contains(column) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString(HistoryTexts.ValueDateFormat, CultureInfo.CurrentCulture);
        if (NumberColumns.Contains(column) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return number.ToString(string.Format(HistoryTexts.ValueNumberFormat, number.Scale), CultureInfo.CurrentCulture); // as many decimals as stored
        if (FlagColumns.Contains(column) && bool.TryParse(value, out var flag))
            return flag ? HistoryTexts.ValueTrue : HistoryTexts.ValueFalse;
        return ChoiceColumns.Contains(column) ? HistoryTexts.ResourceManager.GetString("Value_" + value, CultureInfo.CurrentUICulture) : null;
    }
}
