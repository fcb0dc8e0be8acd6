using System.Xml.Linq;
using BookingWeb.Tests.Platform.Hosting;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>The app's text files (BookingWeb/Texts/*.resx), read as the translators edit them.</summary>
public static class TextFiles
{
    public static readonly string Folder = Path.Combine(PublishedApp.RepositoryRoot, "BookingWeb", "Texts");

    /// <summary>Each text of one file by its key.</summary>
    public static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
