using BookingWeb.Platform.Data;
using BookingWeb.Shared;
using BookingWeb.Texts;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings;

namespace BookingWeb.Features.Bookings.Saving;

/// <summary>
/// Checks a draft before it reaches the database; field keys are BookingDraft property names. Its sentences are in the
/// page's language (Texts/BookingTexts), numbers in its format.
/// </summary>
public static class BookingValidator
{
    public static FieldErrors Validate(BookingDraft draft, Room? room)
    {
        var errors = new FieldErrors();
        if (draft.GuestId is null) errors.Add(nameof(draft.GuestId), BookingTexts.ChooseGuest);
        if (draft.RoomId is null) errors.Add(nameof(draft.RoomId), BookingTexts.ChooseRoom);
        else if (room is null) errors.Add(nameof(draft.RoomId), BookingTexts.RoomGone);
        if (draft.CheckIn is null) errors.Add(nameof(draft.CheckIn), BookingTexts.EnterCheckIn);
        if (draft.CheckOut is null) errors.Add(nameof(draft.CheckOut), BookingTexts.EnterCheckOut);
        else if (draft.CheckIn is { } checkIn && draft.CheckOut <= checkIn)
            errors.Add(nameof(draft.CheckOut), BookingTexts.CheckOutAfterCheckIn);
        Range(errors, draft.Adults, 1, nameof(draft.Adults), BookingTexts.AdultsRange);
        Range(errors, draft.Children, 0, nameof(draft.Children), BookingTexts.ChildrenRange);
        if (room is not null && !errors.Has(nameof(draft.Adults)) && !errors.Has(nameof(draft.Children)))
            CheckCapacity(draft, room, errors);
        errors.Money(draft.RatePerNight, nameof(draft.RatePerNight), BookingTexts.TheRatePerNight);
        errors.Money(draft.AmountPaid, nameof(draft.AmountPaid), BookingTexts.TheAmountPaid);
        errors.Text(draft.Notes, FieldLimits.Bookings.Notes, nameof(draft.Notes), BookingTexts.TheNotes);
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
            errors.Add(nameof(draft.RatePerNight), FieldErrors.MoneyTooLarge(string.Format(BookingTexts.TheRoomTotal, totals.Nights)));
        else if (totals.Subtotal > FieldLimits.MaxMoney)
            errors.Add(draft.Services.Count > 0 ? $"Services[{draft.Services.Count - 1}].UnitPrice" : nameof(draft.RatePerNight),
                FieldErrors.MoneyTooLarge(BookingTexts.TheBookingTotal));
    }

    /// <summary>
    /// The rules as the person types, for the editor's fields: all but the room's (the service checks the room, its
    /// capacity and the overlaps against the database).
    /// </summary>
    public static IReadOnlyDictionary<string, string> CheckAsTyped(BookingDraft draft) =>
        Validate(draft, room: null).ToResult(BookingTexts.CorrectFields).FieldErrors.Where(e => e.Key != nameof(BookingDraft.RoomId)).ToDictionary();

    private static void CheckCapacity(BookingDraft draft, Room room, FieldErrors errors)
    {
        var sleeps = string.Format(BookingTexts.RoomSleeps, room.Number,
            Count(room.MaxAdults, BookingTexts.OneAdult, BookingTexts.ManyAdults), Count(room.MaxChildren, BookingTexts.OneChild, BookingTexts.ManyChildren));
        if (draft.Adults > room.MaxAdults)
            errors.Add(nameof(draft.Adults), sleeps);
        else if (draft.Children > room.MaxChildren)
            errors.Add(nameof(draft.Children), sleeps);
    }

    private static void ValidateLines(BookingDraft draft, FieldErrors errors)
    {
        for (var i = 0; i < draft.Services.Count; i++)
        {
            var (line, n) = (draft.Services[i], i + 1);
            if (string.IsNullOrWhiteSpace(line.Description)) errors.Add($"Services[{i}].Description", string.Format(BookingTexts.ServiceDescribe, n));
            errors.Text(line.Description, FieldLimits.Lines.ServiceDescription, $"Services[{i}].Description", string.Format(BookingTexts.TheServiceDescription, n));
            errors.Money(line.Quantity, $"Services[{i}].Quantity", string.Format(BookingTexts.TheServiceQuantity, n));
            errors.Money(line.UnitPrice, $"Services[{i}].UnitPrice", string.Format(BookingTexts.TheServicePrice, n));
        }
        for (var i = 0; i < draft.Discounts.Count; i++)
        {
            var (line, n) = (draft.Discounts[i], i + 1);
            if (string.IsNullOrWhiteSpace(line.Description)) errors.Add($"Discounts[{i}].Description", string.Format(BookingTexts.DiscountDescribe, n));
            errors.Text(line.Description, FieldLimits.Lines.DiscountDescription, $"Discounts[{i}].Description", string.Format(BookingTexts.TheDiscountDescription, n));
            if (line.Kind == DiscountKind.Percent && line.Value > 100)
                errors.Add($"Discounts[{i}].Value", string.Format(BookingTexts.DiscountPercentOver100, n));
            errors.Money(line.Value, $"Discounts[{i}].Value", string.Format(BookingTexts.TheDiscountValue, n));
        }
        for (var i = 0; i < draft.Reminders.Count; i++)
        {
            var (line, n) = (draft.Reminders[i], i + 1);
            if (string.IsNullOrWhiteSpace(line.Text)) errors.Add($"Reminders[{i}].Text", string.Format(BookingTexts.ReminderWrite, n));
            errors.Text(line.Text, FieldLimits.Lines.ReminderText, $"Reminders[{i}].Text", string.Format(BookingTexts.TheReminderText, n));
            if (line.DueAt is null) errors.Add($"Reminders[{i}].DueAt", string.Format(BookingTexts.ReminderEnterDue, n));
        }
    }

    private static void Range(FieldErrors errors, int value, int min, string field, string sentence)
    {
        if (value < min || value > FieldLimits.MaxPartySize) errors.Add(field, string.Format(sentence, min, FieldLimits.MaxPartySize));
    }

    private static string Count(int count, string one, string many) => count == 1 ? one : string.Format(many, count);
}
