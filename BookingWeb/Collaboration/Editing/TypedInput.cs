using System.Globalization;
using System.Numerics;
using BookingWeb.Platform.Localization;
using BookingWeb.Texts;
using MudBlazor;
using MudBlazor.Utilities.Exceptions;

namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// Numbers and dates read the way the person writes them in their language: "150,00", "1.234,50" and "04.12.2030" in
/// German, "1,234.50" and "2030-12-04" in English. A thousands separator counts only where it belongs (every three
/// digits), so "150.00" typed in German is never silently 15000: what does not read cleanly gets a message at the field
/// and stays as typed.
/// </summary>
public static class TypedInput
{
    /// <summary>The number in <paramref name="text"/> as written in <paramref name="culture"/>, or false.</summary>
    public static bool TryNumber(string? text, CultureInfo culture, out decimal value) =>
        WrittenNumbers.TryParse(text, culture, whole: false, out value);

    /// <summary>The date in <paramref name="text"/> in <paramref name="format"/> (leading zeros optional in German), or false.</summary>
    public static bool TryDate(string? text, string format, CultureInfo culture, out DateTime value)
    {
        string[] formats = format == "dd.MM.yyyy" ? ["dd.MM.yyyy", "d.M.yyyy"] : [format];
        return DateTime.TryParseExact(text?.Trim(), formats, culture, DateTimeStyles.None, out value);
    }

    /// <summary>"1.234,50" in German, "1,234.50" in English: how a number is written here.</summary>
    public static string NumberExample(CultureInfo culture) => 1234.5m.ToString("#,##0.00", culture);

    /// <summary>
    /// The fields of one form whose text does not read (each field's converter says so): the draft keeps the last value
    /// read, and the form is not saved as if the text were that value.
    /// </summary>
    public sealed class Unread
    {
        private readonly HashSet<string> _fields = [];

        public bool Any => _fields.Count > 0;

        /// <summary>A converter for the number field <paramref name="field"/> (one per field: it remembers whether the text read).</summary>
        public Number<decimal> Number(string field) => new(this, field);

        /// <summary>A converter for the whole-number field <paramref name="field"/> (people, capacities): "2,5" does not read.</summary>
        public Number<int> WholeNumber(string field) => new(this, field);

        /// <summary>A converter for the date picker <paramref name="field"/>; <paramref name="changed"/> re-renders the picker's parent, which shows its message.</summary>
        public Date Date(string field, Action changed) => new(this, field) { Changed = changed };

        /// <summary>The fields of a line that was removed: what they held no longer counts.</summary>
        public void Forget(string linePrefix) => _fields.RemoveWhere(f => f.StartsWith(linePrefix, StringComparison.Ordinal));

        internal void Mark(string field, bool unread)
        {
            if (unread) _fields.Add(field);
            else _fields.Remove(field);
        }
    }

    /// <summary>
    /// A field's converter. MudBlazor hands on its type's default when the text does not convert: <see cref="Refused"/>
    /// tells the field's ValueChanged to keep the value it has (and the field keeps the text and shows the message).
    /// </summary>
    public abstract class Field<T>(Unread unread, string field) : IReversibleConverter<T, string>, ICultureAwareConverter
    {
        public Func<CultureInfo> Culture { get; set; } = () => CultureInfo.CurrentCulture;
        public Func<string?> Format { get; set; } = () => null;

        /// <summary>True while the field's text does not read.</summary>
        public bool Refused => Message is not null;

        /// <summary>Runs <paramref name="change"/> (applying the value read) unless the text did not read: then the record keeps its value.</summary>
        public Task WhenReadAsync(Func<Task> change) => Refused ? Task.CompletedTask : change();

        /// <inheritdoc cref="WhenReadAsync"/>
        public void WhenRead(Action change)
        {
            if (!Refused) change();
        }

        /// <summary>Why the field's text does not read ("Enter a date such as 04.12.2030."), or null.</summary>
        public string? Message { get; private set; }

        /// <summary>Called when the text stops or starts reading: the picker's parent shows <see cref="Message"/> at the field.</summary>
        public Action? Changed { get; set; }

        public abstract string Convert(T input);

        public T ConvertBack(string input)
        {
            var read = string.IsNullOrWhiteSpace(input) ? (Value: Empty, Message: null) : Read(input.Trim());
            var changed = read.Message != Message;
            Message = read.Message;
            unread.Mark(field, Refused);
            if (changed) Changed?.Invoke();
            return read.Message is null ? read.Value : throw new ConversionException(read.Message, [], null!);
        }

        protected abstract T Empty { get; }

        protected abstract (T Value, string? Message) Read(string text);
    }

    /// <summary>A MudNumericField's number (money, quantities, people), as written in the field's culture (set it to the page's).</summary>
    public sealed class Number<T>(Unread unread, string field) : Field<T>(unread, field) where T : struct, INumber<T>
    {
        private static readonly bool Whole = typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(short);

        public override string Convert(T input) => input.ToString(Format(), Culture());

        protected override T Empty => T.Zero;

        protected override (T, string?) Read(string text) => WrittenNumbers.TryParse(text, Culture(), Whole, out T value)
            ? (value, null)
            : (T.Zero, Whole
                ? string.Format(EditingTexts.NotAWholeNumber, 2.ToString(Culture()))
                : string.Format(EditingTexts.NotANumber, NumberExample(Culture())));
    }

    /// <summary>An editable MudDatePicker's date, as the person's language writes it.</summary>
    public sealed class Date(Unread unread, string field) : Field<DateTime?>(unread, field)
    {
        private static readonly DateTime Example = new(2030, 12, 4);

        private string DateFormat => Format() ?? EditingTexts.DateFormat;

        public override string Convert(DateTime? input) => input?.ToString(DateFormat, Culture()) ?? "";

        protected override DateTime? Empty => null;

        protected override (DateTime?, string?) Read(string text) => TryDate(text, DateFormat, Culture(), out var value)
            ? (value, null)
            : (null, string.Format(EditingTexts.NotADate, Example.ToString(DateFormat, Culture())));
    }
}
