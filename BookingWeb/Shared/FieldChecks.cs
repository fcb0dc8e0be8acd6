using System.Collections.Concurrent;
using System.Reflection;

namespace BookingWeb.Shared;

/// <summary>
/// One validation source for a MudForm's fields (their <c>Validation</c> parameter, with <c>For</c> set): the feature's own
/// rules, checked as the person types, plus what the service refused on Save. A refused field keeps its message until
/// its value changes, so nothing typed is cleared and the message never outlives the value it was about.
/// <code>&lt;MudForm Model="Guest"&gt; &lt;MudTextField For="() => Guest.LastName" @bind-Value="Guest.LastName" Validation="_checks.Validation" /&gt;</code>
/// (the form's <c>Model</c> is required: MudBlazor hands the field's check the form's model).
/// </summary>
public sealed class FieldChecks<TModel> where TModel : class
{
    private static readonly ConcurrentDictionary<string, PropertyInfo?> Properties = new();
    private readonly Dictionary<string, Refusal> _refused = [];
    private readonly Func<TModel, IReadOnlyDictionary<string, string>>? _rules;

    public FieldChecks(Func<TModel, IReadOnlyDictionary<string, string>>? rules = null)
    {
        _rules = rules;
        Validation = Validate;
    }

    /// <summary>For a field's <c>Validation</c> parameter (typed object, so a method group would not convert).</summary>
    public Func<object, string, IEnumerable<string>> Validation { get; }

    /// <summary>MudBlazor's model-level form: called with the form's model and the field's property name.</summary>
    public IEnumerable<string> Validate(object model, string property)
    {
        if (model is not TModel typed) yield break;
        if (_rules?.Invoke(typed).TryGetValue(property, out var broken) == true)
        {
            yield return broken;
            yield break;
        }
        if (_refused.TryGetValue(property, out var refusal) && Equals(ValueOf(typed, property), refusal.Value))
            yield return refusal.Message;
    }

    /// <summary>Remembers the service's per-field messages against the values they were about; validate the form next.</summary>
    public void Refuse(TModel model, IReadOnlyDictionary<string, string> fieldErrors)
    {
        _refused.Clear();
        foreach (var (property, message) in fieldErrors)
            _refused[property] = new Refusal(message, ValueOf(model, property));
    }

    public void Clear() => _refused.Clear();

    private static object? ValueOf(TModel model, string property) =>
        Properties.GetOrAdd($"{typeof(TModel).FullName}.{property}", _ => typeof(TModel).GetProperty(property))?.GetValue(model);

    private sealed record Refusal(string Message, object? Value);
}
