using BookingWeb.Bench.Reporting;

namespace BookingWeb.Bench;

/// <summary>
/// The bench's entry: <c>--smoke</c> for tiny sizes (the test suite runs it), <c>--output &lt;file&gt;</c> to write the
/// Markdown report somewhere else than bench/results/latest.md (smoke runs write none unless asked); row 13's chart
/// goes beside it as load-chart.svg (and, beside latest.md, to docs/ as well, for docs/performance.md).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (BenchOptions.AsksForHelp(args))
        {
            output.WriteLine(BenchOptions.Usage);
            return 0;
        }
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException refused)
        {
            output.WriteLine(refused.Message);
            output.WriteLine(BenchOptions.Usage);
            return 64; // EX_USAGE: nothing was run
        }
        var report = await new BenchRunner(options, output).RunAsync();
        output.WriteLine();
        output.WriteLine(report.Table());
        var path = options.OutputPath ?? (options.Smoke ? null : Path.Combine(RepositoryRoot(), "bench", "results", "latest.md"));
        if (path is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report.Markdown());
            output.WriteLine($"Written to {path}");
            if (report.Load.Count > 0)
            {
                var svg = new LoadChart(report.Load).Svg(LoadRows.ChartTitle(options));
                // Beside the report; a run that writes latest.md also gives docs/performance.md its copy.
                var charts = new List<string> { Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, LoadChart.FileName) };
                if (options.OutputPath is null) charts.Add(Path.Combine(RepositoryRoot(), "docs", LoadChart.FileName));
                foreach (var chart in charts)
                {
                    await File.WriteAllTextAsync(chart, svg);
                    output.WriteLine($"Chart written to {chart}");
                }
            }
        }
        return report.Rows.Any(r => r.Verdict == "not measured" && !options.Smoke) ? 2 : 0;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "BookingWeb.sln"))) return directory.FullName;
        return Directory.GetCurrentDirectory();
    }
}
