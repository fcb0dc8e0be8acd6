using System.Numerics;
using MudBlazor;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// A MudNumericField read through a <see cref="TypedInput.Number{T}"/>: text that does not read keeps the field's value
/// and its own text, beside the message. (MudNumericField on its own hands on 0 and shows "0.00".)
/// </summary>
public sealed class TypedNumberField<T> : MudNumericField<T> where T : struct, INumber<T>
{
    private bool Refused => Converter is TypedInput.Field<T> { Refused: true };

    protected override Task SetValueAndUpdateTextAsync(T value, bool updateText = true, bool force = false) =>
        Refused ? Task.CompletedTask : base.SetValueAndUpdateTextAsync(value, updateText, force);

    protected override Task SetValueCoreAsync(T value) => Refused ? Task.CompletedTask : base.SetValueCoreAsync(value);

    // Leaving the field writes the value back into the text: not over text that does not read.
    protected override Task UpdateTextPropertyAsync(bool updateValue) => Refused ? Task.CompletedTask : base.UpdateTextPropertyAsync(updateValue);
}

/// <summary>
/// An editable MudDatePicker read through a <see cref="TypedInput.Date"/>: text that is no date keeps the picker's date
/// and its own text, beside the message. (MudDatePicker on its own empties the date.)
/// </summary>
public sealed class TypedDatePicker : MudDatePicker
{
    // A click on a day is the choice: the picker closes, as people expect of a date field.
    public TypedDatePicker() => AutoClose = true;

    private bool Refused => Converter is TypedInput.Field<DateTime?> { Refused: true };

    protected override Task SetValueCoreAsync(DateTime? value) => Refused ? Task.CompletedTask : base.SetValueCoreAsync(value);

    // The picker writes its date back into the text once the typing is handled: not over text that is no date.
    protected override Task SetTextAsync(string? value, bool callback) =>
        Refused && !callback ? Task.CompletedTask : base.SetTextAsync(value, callback);
}
