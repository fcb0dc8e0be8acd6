using BenchProgram = BookingWeb.Bench.BenchProgram;

namespace BookingWeb.Tests.Bench;

/// <summary>What the bench does with its arguments before it measures anything: help, and refusals that say why.</summary>
public class BenchArgumentsTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_the_options_and_runs_nothing(string help)
    {
        var output = new StringWriter();

        var exitCode = await BenchProgram.RunAsync([help], output);

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--smoke", "--only", "--output", "--load-steps", "--load-seconds" })
            Assert.Contains(option, output.ToString());
        Assert.DoesNotContain("| 1 |", output.ToString());
    }

    [Theory]
    [InlineData("Unknown option \"--fast\"", "--fast")]
    [InlineData("--only takes positive whole numbers separated by commas, not \"4,x\"", "--only", "4,x")]
    [InlineData("--load-steps needs a value", "--load-steps")]
    [InlineData("--output needs a value", "--output", "--smoke")]
    public async Task Arguments_the_bench_cannot_use_are_refused_with_the_reason_before_anything_runs(string reason, params string[] args)
    {
        var output = new StringWriter();

        var exitCode = await BenchProgram.RunAsync(args, output);

        Assert.Equal(64, exitCode);
        Assert.Contains(reason, output.ToString());
        Assert.Contains("Usage: scripts/bench.sh", output.ToString());
    }
}
