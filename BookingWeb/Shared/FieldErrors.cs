using BookingWeb.Platform.Data;
using BookingWeb.Texts;

namespace BookingWeb.Shared;

/// <summary>Collects per-field validation messages (in the reader's language) in a service before anything reaches the database.</summary>
public sealed class FieldErrors
{
    private static string MaxMoneyText => FieldLimits.MaxMoney.ToString("N2");

    private readonly Dictionary<string, string> _errors = new();

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    public void Require(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, string.Format(SharedTexts.Required, label));
    }

    /// <summary>What a text column takes: at most <paramref name="max"/> characters, and no NUL (PostgreSQL text cannot hold one).</summary>
    public void Text(string? value, int max, string field, string label)
    {
        if (value is null) return;
        if (value.Length > max)
            Add(field, string.Format(SharedTexts.TooLong, label, max.ToString("N0"), value.Length.ToString("N0")));
        else if (value.Contains('\0'))
            Add(field, string.Format(SharedTexts.ContainsNul, label));
    }

    public void Range(int value, int min, int max, string field, string label)
    {
        if (value < min || value > max) Add(field, string.Format(SharedTexts.OutOfRange, label, min, max));
    }

    public void NotNegative(decimal value, string field, string label)
    {
        if (value < 0) Add(field, string.Format(SharedTexts.Negative, label));
    }

    /// <summary>An amount a numeric(10,2) column holds: not negative, at most 99,999,999.99.</summary>
    public void Money(decimal value, string field, string label)
    {
        NotNegative(value, field, label);
        if (value > FieldLimits.MaxMoney) Add(field, MoneyTooLarge(label));
    }

    public static string MoneyTooLarge(string label) => string.Format(SharedTexts.MoneyTooLarge, label, MaxMoneyText);

    /// <summary>A copy of the messages by field.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(_errors);
}
