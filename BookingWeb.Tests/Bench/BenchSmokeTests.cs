using BenchProgram = BookingWeb.Bench.BenchProgram;

namespace BookingWeb.Tests.Bench;

/// <summary>
/// The benchmark at tiny sizes, so that it never rots: every measurement runs end to end (its own PostgreSQL, the
/// hosted app, Chromium pages). Benchmarks are not tests: nothing here checks a number against a goal.
/// </summary>
public class BenchSmokeTests
{
    [Fact]
    public async Task The_benchmark_runs_every_measurement_in_smoke_mode()
    {
        var output = new StringWriter();

        var exitCode = await BenchProgram.RunAsync(["--smoke"], output);

        Assert.True(exitCode == 0, output.ToString());
        foreach (var item in Enumerable.Range(1, 13))
            Assert.Contains($"| {item} |", output.ToString());
    }
}
