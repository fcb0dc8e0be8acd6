using System.Globalization;
using BookingWeb.Texts;

namespace BookingWeb.Shared;

/// <summary>Pieces every sentence the app writes is made of, in the reader's language.</summary>
public static class Sentences
{
    /// <summary>"Anna", "Anna and Ben", "Anna, Ben and Carla" (in German "Anna, Ben und Carla").</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Format(SharedTexts.LastAnd, string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };

    /// <summary>The text with its first letter in capitals, for a name or clause that starts a sentence.</summary>
    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];
}
