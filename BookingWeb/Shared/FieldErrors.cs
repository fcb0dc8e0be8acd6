namespace BookingWeb.Shared;

/// <summary>Collects per-field validation messages in a service before anything reaches the database.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new();

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    public void Require(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"{label} is required.");
    }

    public void MaxLength(string? value, int max, string field, string label)
    {
        if (value is not null && value.Length > max) Add(field, $"{label} can be at most {max} characters.");
    }

    public void NotNegative(decimal value, string field, string label)
    {
        if (value < 0) Add(field, $"{label} cannot be negative.");
    }

    public SaveResult.Invalid ToResult(string? message = null) =>
        new(message ?? "Please correct the highlighted fields.", new Dictionary<string, string>(_errors));
}
