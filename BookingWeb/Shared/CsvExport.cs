using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace BookingWeb.Shared;

/// <summary>One column of an export: its heading and how a row reads in it.</summary>
public sealed record CsvColumn<TRow>(Func<string> Heading, Func<TRow, string?> Value);

/// <summary>
/// A list as a CSV file that spreadsheet programs open as they are: UTF-8 with a byte-order mark, the reader's list
/// separator (";" in German, "," in English), and CsvHelper's quoting of separators, quotes and line breaks.
/// </summary>
public static class CsvExport
{
    /// <param name="written">Told how many rows are written after each batch, for a progress bar.</param>
    /// <returns>How many rows were written.</returns>
    public static async Task<int> WriteAsync<TRow>(Stream output, IReadOnlyList<CsvColumn<TRow>> columns,
        IAsyncEnumerable<IReadOnlyList<TRow>> batches, Action<int>? written = null, CancellationToken cancellationToken = default)
    {
        var culture = CultureInfo.CurrentCulture;
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(text, new CsvConfiguration(culture) { Delimiter = culture.TextInfo.ListSeparator });
        foreach (var column in columns) csv.WriteField(column.Heading());
        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            foreach (var row in batch)
            {
                foreach (var column in columns) csv.WriteField(column.Value(row));
                await csv.NextRecordAsync();
            }
            count += batch.Count;
            written?.Invoke(count);
        }
        return count;
    }
}
