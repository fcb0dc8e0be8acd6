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
        if (draft.Adults < 1) errors.Add(nameof(draft.Adults), "A booking needs at least one adult.");
        if (draft.Children < 0) errors.Add(nameof(draft.Children), "The number of children cannot be negative.");
        if (room is not null && draft.Adults >= 1 && draft.Children >= 0)
            CheckCapacity(draft, room, errors);
        errors.NotNegative(draft.RatePerNight, nameof(draft.RatePerNight), "The rate per night");
        errors.NotNegative(draft.AmountPaid, nameof(draft.AmountPaid), "The amount paid");
        errors.MaxLength(draft.Notes, 4000, nameof(draft.Notes), "Notes");
        ValidateLines(draft, errors);
        return errors;
    }

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
            if (line.Quantity < 0) errors.Add($"Services[{i}].Quantity", $"Service {i + 1}: the quantity cannot be negative.");
            if (line.UnitPrice < 0) errors.Add($"Services[{i}].UnitPrice", $"Service {i + 1}: the price cannot be negative.");
        }
        for (var i = 0; i < draft.Discounts.Count; i++)
        {
            var line = draft.Discounts[i];
            if (string.IsNullOrWhiteSpace(line.Description)) errors.Add($"Discounts[{i}].Description", $"Discount {i + 1}: describe the discount.");
            if (line.Value < 0) errors.Add($"Discounts[{i}].Value", $"Discount {i + 1}: the value cannot be negative.");
            if (line.Kind == DiscountKind.Percent && line.Value > 100)
                errors.Add($"Discounts[{i}].Value", $"Discount {i + 1}: a percentage cannot exceed 100.");
        }
        for (var i = 0; i < draft.Reminders.Count; i++)
        {
            var line = draft.Reminders[i];
            if (string.IsNullOrWhiteSpace(line.Text)) errors.Add($"Reminders[{i}].Text", $"Reminder {i + 1}: write what to remember.");
            if (line.DueAt is null) errors.Add($"Reminders[{i}].DueAt", $"Reminder {i + 1}: enter when it is due.");
        }
    }

    private static string Plural(int count, string one, string? many = null) => count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
