using System.Globalization;
using System.Text;
using BookingWeb.Shared;

namespace BookingWeb.Tests.Shared;

/// <summary>A CSV file that spreadsheet programs open as it is: BOM, the language's separator, quoting done right.</summary>
public class CsvExportTests
{
    private static readonly CsvColumn<(string Name, decimal Amount)>[] Columns =
    [
        new(() => "Name", r => r.Name),
        new(() => "Amount", r => r.Amount.ToString("0.00", CultureInfo.CurrentCulture)),
    ];

    [Fact]
    public async Task An_english_file_starts_with_a_bom_uses_commas_and_quotes_what_needs_it()
    {
        var (bytes, progress) = await WriteAsync("en-US", [("Plain", 1.5m), ("Müller, \"Mia\"", 2m)], [("Two\nlines", 3m)]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Name,Amount\r\nPlain,1.50\r\n\"Müller, \"\"Mia\"\"\",2.00\r\n\"Two\nlines\",3.00\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal([2, 3], progress);
    }

    [Fact]
    public async Task A_german_file_uses_semicolons_and_decimal_commas()
    {
        var (bytes, _) = await WriteAsync("de-DE", [("Straße; Hof", 1234.5m)]);

        Assert.Equal("Name;Amount\r\n\"Straße; Hof\";1234,50\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    private static async Task<(byte[] Bytes, List<int> Progress)> WriteAsync(string culture, params (string, decimal)[][] batches)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var file = new MemoryStream();
            var progress = new List<int>();
            var rows = await CsvExport.WriteAsync(file, Columns, Batches(batches), progress.Add);
            Assert.Equal(batches.Sum(b => b.Length), rows);
            return (file.ToArray(), progress);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<(string Name, decimal Amount)>> Batches((string, decimal)[][] batches)
    {
        foreach (var batch in batches)
        {
            await Task.Yield();
            yield return batch;
        }
    }
}
