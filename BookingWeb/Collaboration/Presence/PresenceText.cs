using BookingWeb.Texts;
using BookingWeb.Shared;

namespace BookingWeb.Collaboration.Presence;

public static class PresenceText
{
    /// <summary>
    /// "Anna is editing", "Anna and Ben are editing" (alphabetical; in German "Anna bearbeitet diese Buchung"); one person
    /// with two tabs counts once.
    /// </summary>
    public static string Describe(IEnumerable<string> displayNames)
    {
        var names = displayNames.Distinct().Order(StringComparer.CurrentCulture).ToList();
        return names.Count switch
        {
            0 => "",
            1 => string.Format(PresenceTexts.OneEditing, names[0]),
            _ => string.Format(PresenceTexts.ManyEditing, Sentences.List(names)),
        };
    }
}
