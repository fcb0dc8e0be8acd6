using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using BookingWeb.Platform.Data;
using BookingWeb.Texts;

namespace BookingWeb.Shared;

/// <summary>
/// One validation source for a MudForm's fields: the feature's own rules, checked as the person types, plus what the
/// service refused on Save, plus text the browser kept back because it was too long to send (wwwroot/BookingWeb.lib.module.js).
/// Keys are the service's: "LastName", or a line's field "Services[2].UnitPrice". A refusal belongs to the object it was
/// about (a line, not its position) and keeps its message until that value changes, so nothing typed is cleared and the
/// message never outlives the value it was about.
/// <code>&lt;MudForm Model="Guest"&gt; &lt;MudItem @ontextoverflow="_checks.Overflow(nameof(Guest.LastName))"&gt;
///     &lt;MudTextField For="() => Guest.LastName" @bind-Value="Guest.LastName" Validation="_checks.Validation" /&gt;</code>
/// (with <c>For</c>, the form's <c>Model</c> is required: MudBlazor hands the field's check the form's model), or for fields
/// without <c>For</c>: <c>Validation="@_checks.For&lt;decimal&gt;($"Services[{index}].UnitPrice")"</c> (needs <c>current</c>).
/// </summary>
public sealed partial class FieldChecks<TModel> where TModel : class
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();
    private readonly List<Refusal> _refused = [];
    private readonly List<Unsent> _unsent = [];
    private readonly Func<TModel, IReadOnlyDictionary<string, string>>? _rules;
    private readonly Func<TModel?>? _current;

    /// <param name="rules">The feature's rules on the model as typed: field key → message.</param>
    /// <param name="current">The model being edited, for fields validated by key (<see cref="For{T}"/>).</param>
    public FieldChecks(Func<TModel, IReadOnlyDictionary<string, string>>? rules = null, Func<TModel?>? current = null)
    {
        (_rules, _current) = (rules, current);
        Validation = Validate;
    }

    /// <summary>For a field's <c>Validation</c> parameter (typed object, so a method group would not convert).</summary>
    public Func<object, string, IEnumerable<string>> Validation { get; }

    /// <summary>Whether some field holds text the browser could not send; saving now would save the old value.</summary>
    public bool HoldsUnsentText => _unsent.Count > 0;

    /// <summary>A field's Validation function (of the field's own value type) for a key of the current model.</summary>
    public Func<T, IEnumerable<string>> For<T>(string key) => _ => _current?.Invoke() is { } model ? Validate(model, key) : [];

    /// <summary>MudBlazor's model-level form: called with the form's model and the field's property name.</summary>
    public IEnumerable<string> Validate(object model, string key)
    {
        if (model is not TModel typed || Resolve(typed, key) is not { } field) return [];
        if (_unsent.FirstOrDefault(u => u.Field.Is(field)) is { } unsent) return [TooLongMessage(typed, key, field, unsent.Length)];
        if (_rules?.Invoke(typed).TryGetValue(key, out var broken) == true) return [broken];
        return _refused.Where(r => r.Field.Is(field) && Equals(field.Value, r.Field.Value)).Select(r => r.Message).Take(1).ToList();
    }

    /// <summary>Remembers the service's per-field messages against the values (and lines) they were about; validate the form next.</summary>
    public void Refuse(TModel model, IReadOnlyDictionary<string, string> fieldErrors)
    {
        _refused.Clear();
        foreach (var (key, message) in fieldErrors)
            if (Resolve(model, key) is { } field) _refused.Add(new Refusal(message, field));
    }

    public void Clear()
    {
        _refused.Clear();
        _unsent.Clear();
    }

    /// <summary>Validates the whole form (a MudForm's ValidateAsync): shows a kept-back text's message at once.</summary>
    public Func<Task>? ValidateForm { get; set; }

    /// <summary>
    /// For <c>@ontextoverflow</c> on the element around a text field: the browser kept back text longer than any field
    /// takes (it would not fit the circuit's messages) and later says when it fits again. Until then the field says how long it is.
    /// </summary>
    public Func<TextOverflowEventArgs, Task> Overflow(string key) => async overflow =>
    {
        if (_current?.Invoke() is not { } model || Resolve(model, key) is not { } field) return;
        _unsent.RemoveAll(u => u.Field.Is(field));
        if (overflow.Length <= FieldLimits.LongestText) return; // the field's own events follow with the value
        _unsent.Add(new Unsent(field, overflow.Length));
        if (ValidateForm is not null) await ValidateForm();
    };

    // The rules' own sentence for a value of that length, so a long paste reads like a long typed text.
    private string TooLongMessage(TModel model, string key, Field field, int length)
    {
        var fallback = string.Format(SharedTexts.UnsentTooLong, length.ToString("N0"));
        if (_rules is null || field.Info.PropertyType != typeof(string)) return fallback;
        field.Info.SetValue(field.Target, new string('x', length));
        try
        {
            return _rules(model).GetValueOrDefault(key) ?? fallback;
        }
        finally
        {
            field.Info.SetValue(field.Target, field.Value);
        }
    }

    private static Field? Resolve(TModel model, string key)
    {
        object? target = model;
        var property = key;
        if (LineKey().Match(key) is { Success: true } line)
        {
            var lines = PropertyOf(typeof(TModel), line.Groups["lines"].Value)?.GetValue(model) as IList;
            var index = int.Parse(line.Groups["index"].Value);
            target = lines is not null && index < lines.Count ? lines[index] : null;
            property = line.Groups["property"].Value;
        }
        return target is not null && PropertyOf(target.GetType(), property) is { } info ? new Field(target, info, info.GetValue(target)) : null;
    }

    private static PropertyInfo? PropertyOf(Type type, string name) =>
        Properties.GetOrAdd((type, name), key => key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance));

    [GeneratedRegex(@"^(?<lines>\w+)\[(?<index>\d+)\]\.(?<property>\w+)$")]
    private static partial Regex LineKey();

    private sealed record Field(object Target, PropertyInfo Info, object? Value)
    {
        public bool Is(Field other) => ReferenceEquals(Target, other.Target) && Info == other.Info;
    }

    private sealed record Refusal(string Message, Field Field);

    private sealed record Unsent(Field Field, int Length);
}
