using System.Globalization;
using BookingWeb.Data;

namespace BookingWeb.Shared;

/// <summary>Collects per-field validation messages in a service before anything reaches the database.</summary>
public sealed class FieldErrors
{
    private static readonly string MaxMoneyText = FieldLimits.MaxMoney.ToString("N2", CultureInfo.InvariantCulture);

    private readonly Dictionary<string, string> _errors = new();

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    public void Require(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"{label} is required.");
    }

    /// <summary>What a text column takes: at most <paramref name="max"/> characters, and no NUL (PostgreSQL text cannot hold one).</summary>
    public void Text(string? value, int max, string field, string label)
    {
        if (value is null) return;
        if (value.Length > max)
            Add(field, $"{label} can be at most {max:N0} characters; this is {value.Length:N0}.");
        else if (value.Contains('\0'))
            Add(field, $"{label} contains an invisible control character (NUL); delete it or type the text again.");
    }

    public void Range(int value, int min, int max, string field, string label)
    {
        if (value < min || value > max) Add(field, $"{label} must be between {min} and {max}.");
    }

    public void NotNegative(decimal value, string field, string label)
    {
        if (value < 0) Add(field, $"{label} cannot be negative.");
    }

    /// <summary>An amount a numeric(10,2) column holds: not negative, at most 99,999,999.99.</summary>
    public void Money(decimal value, string field, string label)
    {
        NotNegative(value, field, label);
        if (value > FieldLimits.MaxMoney) Add(field, $"{label} can be at most {MaxMoneyText}.");
    }

    public static string MoneyTooLarge(string label) => $"{label} can be at most {MaxMoneyText}.";

    public SaveResult.Invalid ToResult(string? message = null) =>
        new(message ?? "Please correct the highlighted fields.", new Dictionary<string, string>(_errors));
}
