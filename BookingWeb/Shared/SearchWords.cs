using BookingWeb.Texts;

namespace BookingWeb.Shared;

/// <summary>
/// The words a search box searches for: at most <see cref="MaxWords"/> of its first <see cref="MaxLength"/> characters,
/// each matched as a case-insensitive part of the searched text. The bounds keep a search's cost flat; the box says
/// when they cut (<see cref="CutNote"/>), and what was typed stays as typed.
/// </summary>
public sealed class SearchWords
{
    public const int MaxLength = 200;
    public const int MaxWords = 10;

    private static readonly char[] Separators = [' ', ',', '\t'];

    private SearchWords(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool Any => Words.Count > 0;

    /// <summary>One ILIKE pattern per word (PostgreSQL's default escape character is the backslash).</summary>
    public string[] Patterns => Words.Select(w => $"%{EscapeLike(w)}%").ToArray();

    /// <summary>The pattern of the longest word: the most selective one to look up in the trigram indexes.</summary>
    public string LongestPattern => $"%{EscapeLike(Words.MaxBy(w => w.Length) ?? "")}%";

    public static SearchWords Of(string? text)
    {
        var searched = text is { Length: > MaxLength } ? text[..MaxLength] : text ?? "";
        return new(searched.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxWords).ToArray());
    }

    /// <summary>A sentence under the search box when not all of <paramref name="text"/> is searched; null when all of it is.</summary>
    public static string? CutNote(string? text)
    {
        if (text is null) return null;
        if (text.Length >= MaxLength) return string.Format(SharedTexts.SearchCutCharacters, MaxLength);
        return text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Length > MaxWords
            ? string.Format(SharedTexts.SearchCutWords, MaxWords)
            : null;
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
