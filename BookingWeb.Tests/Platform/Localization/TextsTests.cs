using System.Text.RegularExpressions;
using System.Xml.Linq;
using BookingWeb.Tests.Platform.Hosting;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>Every text exists in English and in German, with the same values to fill in.</summary>
public partial class TextsTests
{
    private static readonly string TextsFolder = TextFiles.Folder;

    public static TheoryData<string> EnglishFiles() =>
        [.. Directory.GetFiles(TextsFolder, "*.resx").Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.')).Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public void There_are_texts() => Assert.True(EnglishFiles().Count >= 4);

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Each_key_has_an_english_and_a_german_text_with_the_same_placeholders(string englishFile)
    {
        var english = TextFiles.Read(Path.Combine(TextsFolder, englishFile));
        var germanFile = Path.Combine(TextsFolder, Path.ChangeExtension(englishFile, ".de.resx"));
        Assert.True(File.Exists(germanFile), $"{englishFile} has no German file {Path.GetFileName(germanFile)}.");
        var german = TextFiles.Read(germanFile);

        Assert.Empty(english.Keys.Except(german.Keys)); // keys only in English
        Assert.Empty(german.Keys.Except(english.Keys)); // keys only in German
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{englishFile}: {key} is empty in English.");
            Assert.False(string.IsNullOrWhiteSpace(german[key]), $"{englishFile}: {key} is empty in German.");
            Assert.True(Placeholders(text).SetEquals(Placeholders(german[key])),
                $"{englishFile}: {key} fills in {string.Join(", ", Placeholders(text))} in English but {string.Join(", ", Placeholders(german[key]))} in German.");
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[A-Za-z0-9_]+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
