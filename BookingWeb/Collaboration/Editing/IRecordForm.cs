namespace BookingWeb.Collaboration.Editing;

/// <summary>A record editor's form: shows what the service refused beside the fields it names.</summary>
public interface IRecordForm
{
    Task ShowErrorsAsync(IReadOnlyDictionary<string, string> fieldErrors);
}
