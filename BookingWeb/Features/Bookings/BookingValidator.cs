using BookingWeb.Data;
using BookingWeb.Shared;

namespace BookingWeb.Features.Bookings;

/// <summary>Checks a draft before it reaches the database; field keys are BookingDraft property names.</summary>
public static class BookingValidator
{
    public static FieldErrors Validate(BookingDraft draft, Room? room)
    {
        var errors = new FieldErrors();
        if (draft.GuestId is null) errors.Add(nameof(draft.GuestId), "Choose a guest, or create a new one.");
        if (draft.RoomId is null) errors.Add(nameof(draft.RoomId), "Choose a room.");
        else if (room is null) errors.Add(nameof(draft.RoomId), "That room no longer exists. Choose another.");
        if (draft.CheckIn is null) errors.Add(nameof(draft.CheckIn), "Enter the check-in date.");
        if (draft.CheckOut is null) errors.Add(nameof(draft.CheckOut), "Enter the check-out date.");
        else if (draft.CheckIn is { } checkIn && draft.CheckOut <= checkIn)
            errors.Add(nameof(draft.CheckOut), "Check-out must be at least one day after check-in.");
        errors.Range(draft.Adults, 1, FieldLimits.MaxPartySize, nameof(draft.Adults), "Adults");
        errors.Range(draft.Children, 0, FieldLimits.MaxPartySize, nameof(draft.Children), "Children");
        if (room is not null && !errors.Has(nameof(draft.Adults)) && !errors.Has(nameof(draft.Children)))
            CheckCapacity(draft, room, errors);
        errors.Money(draft.RatePerNight, nameof(draft.RatePerNight), "The rate per night");
        errors.Money(draft.AmountPaid, nameof(draft.AmountPaid), "The amount paid");
        errors.Text(draft.Notes, FieldLimits.Bookings.Notes, nameof(draft.Notes), "Notes");
        ValidateLines(draft, errors);
        CheckTotal(draft, errors);
        return errors;
    }

    // Each amount fits its column; what they add up to must fit one too. (No totals at all: an amount is beyond its
    // column, and its field already says so.)
    private static void CheckTotal(BookingDraft draft, FieldErrors errors)
    {
        if (draft.Totals is not { } totals) return;
        if (totals.RoomTotal > FieldLimits.MaxMoney)
            errors.Add(nameof(draft.RatePerNight), FieldErrors.MoneyTooLarge($"The room total ({totals.Nights} nights × rate)"));
        else if (totals.Subtotal > FieldLimits.MaxMoney)
            errors.Add(draft.Services.Count > 0 ? $"Services[{draft.Services.Count - 1}].UnitPrice" : nameof(draft.RatePerNight),
                FieldErrors.MoneyTooLarge("The booking's total (room and services)"));
    }

    /// <summary>
    /// The rules as the person types, for the editor's fields: all but the room's (the service checks the room, its
    /// capacity and the overlaps against the database).
    /// </summary>
    public static IReadOnlyDictionary<string, string> CheckAsTyped(BookingDraft draft) =>
        Validate(draft, room: null).ToResult().FieldErrors.Where(e => e.Key != nameof(BookingDraft.RoomId)).ToDictionary();

    private static void CheckCapacity(BookingDraft draft, Room room, FieldErrors errors)
    {
        var sleeps = $"Room {room.Number} sleeps at most {Plural(room.MaxAdults, "adult")} and {Plural(room.MaxChildren, "child", "children")}.";
        if (draft.Adults > room.MaxAdults)
            errors.Add(nameof(draft.Adults), sleeps);
        else if (draft.Children > room.MaxChildren)
            errors.Add(nameof(draft.Children), sleeps);
    }

    private static void ValidateLines(BookingDraft draft, FieldErrors errors)
    {
        for (var i = 0; i < draft.Services.Count; i++)
        {
            var line = draft.Services[i];
            if (string.IsNullOrWhiteSpace(line.Description)) errors.Add($"Services[{i}].Description", $"Service {i + 1}: describe the service.");
            errors.Text(line.Description, FieldLimits.Lines.ServiceDescription, $"Services[{i}].Description", $"Service {i + 1}: the description");
            errors.Money(line.Quantity, $"Services[{i}].Quantity", $"Service {i + 1}: the quantity");
            errors.Money(line.UnitPrice, $"Services[{i}].UnitPrice", $"Service {i + 1}: the price");
        }
        for (var i = 0; i < draft.Discounts.Count; i++)
        {
            var line = draft.Discounts[i];
            if (string.IsNullOrWhiteSpace(line.Description)) errors.Add($"Discounts[{i}].Description", $"Discount {i + 1}: describe the discount.");
            errors.Text(line.Description, FieldLimits.Lines.DiscountDescription, $"Discounts[{i}].Description", $"Discount {i + 1}: the description");
            if (line.Kind == DiscountKind.Percent && line.Value > 100)
                errors.Add($"Discounts[{i}].Value", $"Discount {i + 1}: a percentage cannot exceed 100.");
            errors.Money(line.Value, $"Discounts[{i}].Value", $"Discount {i + 1}: the value");
        }
        for (var i = 0; i < draft.Reminders.Count; i++)
        {
            var line = draft.Reminders[i];
            if (string.IsNullOrWhiteSpace(line.Text)) errors.Add($"Reminders[{i}].Text", $"Reminder {i + 1}: write what to remember.");
            errors.Text(line.Text, FieldLimits.Lines.ReminderText, $"Reminders[{i}].Text", $"Reminder {i + 1}: the text");
            if (line.DueAt is null) errors.Add($"Reminders[{i}].DueAt", $"Reminder {i + 1}: enter when it is due.");
        }
    }

    private static string Plural(int count, string one, string? many = null) => count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
