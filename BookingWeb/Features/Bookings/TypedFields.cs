using MudBlazor;

namespace BookingWeb.Features.Bookings;

/// <summary>
/// A MudNumericField of decimals read through a <see cref="TypedInput.Number"/>: text that does not read keeps the
/// field's value and its own text, beside the message. (MudNumericField on its own hands on 0 and shows "0.00".)
/// </summary>
public sealed class TypedNumberField : MudNumericField<decimal>
{
    private bool Refused => Converter is TypedInput.Field<decimal> { Refused: true };

    protected override Task SetValueAndUpdateTextAsync(decimal value, bool updateText = true, bool force = false) =>
        Refused ? Task.CompletedTask : base.SetValueAndUpdateTextAsync(value, updateText, force);

    protected override Task SetValueCoreAsync(decimal value) => Refused ? Task.CompletedTask : base.SetValueCoreAsync(value);
}

/// <summary>
/// An editable MudDatePicker read through a <see cref="TypedInput.Date"/>: text that is no date keeps the picker's date
/// and its own text, beside the message. (MudDatePicker on its own empties the date.)
/// </summary>
public sealed class TypedDatePicker : MudDatePicker
{
    private bool Refused => Converter is TypedInput.Field<DateTime?> { Refused: true };

    protected override Task SetValueCoreAsync(DateTime? value) => Refused ? Task.CompletedTask : base.SetValueCoreAsync(value);

    // The picker writes its date back into the text once the typing is handled: not over text that is no date.
    protected override Task SetTextAsync(string? value, bool callback) =>
        Refused && !callback ? Task.CompletedTask : base.SetTextAsync(value, callback);
}
