using System.Text;

namespace BookingWeb.Bench.Reporting;

/// <summary>The results as a Markdown table (console and bench/results/latest.md) with what they were measured on.</summary>
public sealed record BenchReport(BenchOptions Options, MachineInfo Machine, string LoadAtEnd, IReadOnlyList<ResultRow> Rows, TimeSpan Duration,
    IReadOnlyList<LoadPoint> Load)
{
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| # | Measurement | Samples | p50 / value | p95 | p99 | Goal | Verdict | Notes |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in Rows.OrderBy(r => r.Number))
            text.AppendLine($"| {row.Number} | {row.What} | {row.SampleCount} | {row.P50} | {row.P95} | {row.P99} | {row.Goal} | {row.Verdict} | {row.Notes} |");
        return text.ToString();
    }

    private bool IsBusy(string loadAverage) =>
        double.TryParse(loadAverage.Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load)
        && load > Machine.Cores;

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Options.Smoke ? "# BookingWeb benchmark (smoke run: tiny sizes, numbers mean nothing)" : "# BookingWeb benchmark");
        text.AppendLine();
        text.AppendLine($"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC by `scripts/bench.sh`, {Duration:mm\\:ss} minutes.");
        text.AppendLine();
        text.AppendLine("| Machine | |");
        text.AppendLine("|---|---|");
        text.AppendLine($"| Cores | {Machine.Cores} |");
        text.AppendLine($"| Memory | {Machine.Memory} |");
        text.AppendLine($"| OS | {Machine.Os} |");
        text.AppendLine($"| .NET | {Machine.DotNet} |");
        text.AppendLine($"| Database | {Machine.PostgreSql} (throwaway, fsync=off, synchronous_commit=off, same machine) |");
        text.AppendLine($"| Browser | headless Chromium {Machine.Chromium} (same machine) |");
        text.AppendLine($"| Load average (1/5/15 min) | at start {Machine.LoadAtStart}; at end {LoadAtEnd} |");
        text.AppendLine();
        if (IsBusy(Machine.LoadAtStart) || IsBusy(LoadAtEnd))
        {
            text.AppendLine($"**Noisy:** the load average was above the machine's {Machine.Cores} cores: other work (other engineers' test runs) " +
                            "shared the CPUs with the app, PostgreSQL and Chromium, so the end-to-end rows (2, 3, 6, 9) are pessimistic.");
            text.AppendLine();
        }
        text.AppendLine(Table());
        var notMeasured = Rows.Where(r => r.Verdict == "not measured").ToList();
        if (notMeasured.Count > 0)
        {
            text.AppendLine("Not measured in this run:");
            text.AppendLine();
            foreach (var row in notMeasured) text.AppendLine($"- {row.What}: {row.Notes}");
            text.AppendLine();
        }
        return text.ToString();
    }
}
