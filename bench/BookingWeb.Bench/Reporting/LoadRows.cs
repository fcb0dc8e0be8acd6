using System.Globalization;
using BookingWeb.Bench.Measurements;

namespace BookingWeb.Bench.Reporting;

/// <summary>Row 13's lines of the table: one per step, then missed updates, CPU per change and where p95 passes 250 ms.</summary>
public static class LoadRows
{
    public static string ChartTitle(BenchOptions options) =>
        $"Row 13: commit → DOM with two instances, {options.LoadChangesPerSecond} changes/s for {options.LoadSeconds} s a step";

    public static IReadOnlyList<ResultRow> Of(LoadCurve.Result load, BenchOptions options)
    {
        var steps = load.Steps;
        var rows = steps.Select(step => ResultRow.Latency(13,
            $"Load: {step.Pages} pages on two instances, {options.LoadChangesPerSecond} changes/s — commit → DOM", step.CommitToDom,
            $"p95 < {LoadChart.ThresholdMs:0} ms", s => s.P95 < LoadChart.ThresholdMs,
            $"{step.Changes:N0} of {step.Offered:N0} offered changes committed in {step.Seconds:0} s ({step.Changes / step.Seconds:0.0}/s; start → commit p50 "
            + $"{ResultRow.Ms(step.WriteMs.P50)}, p95 {ResultRow.Ms(step.WriteMs.P95)}), each seen by every page; {step.MissedRows} rows missed on {step.PagesMissing} pages; "
            + $"bench process {step.CpuMsPerChange:0.0} ms CPU per change ({step.ProcessCores:0.00} cores); machine {step.MachineBusy:P0} busy; "
            + $"{step.MemoryAvailableGiB:0.0} GiB memory available")).ToList();

        var missed = steps.Sum(s => s.MissedRows);
        var perStep = string.Join("; ", steps.Select(s => $"{s.Pages} pages: {s.MissedRows}"));
        rows.Add(ResultRow.Value(13, "Load: missed updates (every page's rows against the database after each step)", $"{steps.Count} steps",
            missed.ToString("N0", CultureInfo.InvariantCulture), "0", missed == 0,
            $"{perStep}; each page had up to 30 s after the stream to catch up"));

        rows.Add(ResultRow.Value(13, "Load: app CPU per change", $"{steps.Count} steps",
            string.Join(" / ", steps.Select(s => $"{s.CpuMsPerChange:0.0} ms")),
            notes: "process CPU time delta ÷ changes, per step; both instances run in the bench process, so it includes the writers and Playwright's .NET client: "
                   + string.Join("; ", steps.Select(s => $"{s.Pages} pages: {s.CpuMsPerChange:0.0} ms"))));

        var points = steps.Select(s => s.Point).ToList();
        rows.Add(ResultRow.Value(13, $"Load: open pages where commit → DOM p95 first passes {LoadChart.ThresholdMs:0} ms", $"{steps.Count} steps",
            LoadChart.FirstPassing(points) is { } first ? $"{first.Pages} pages (p95 {ResultRow.Ms(first.P95)})" : $"not within {steps.Max(s => s.Pages)} pages",
            notes: "p95 by step: " + string.Join(", ", points.Select(p => $"{p.Pages}: {ResultRow.Ms(p.P95)}")) + $"; chart: {LoadChart.FileName} beside the report"));
        if (load.StoppedBefore is { } why) rows.Add(ResultRow.NotMeasured(13, "Load: the steps after the last one above", why));
        return rows;
    }
}
