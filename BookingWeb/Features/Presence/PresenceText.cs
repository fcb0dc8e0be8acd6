namespace BookingWeb.Features.Presence;

public static class PresenceText
{
    /// <summary>"Anna is editing", "Anna and Ben are editing" (alphabetical); one person with two tabs counts once.</summary>
    public static string Describe(IEnumerable<string> displayNames)
    {
        var names = displayNames.Distinct().Order(StringComparer.CurrentCulture).ToList();
        return names.Count switch
        {
            0 => "",
            1 => $"{names[0]} is editing",
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]} are editing",
        };
    }
}
