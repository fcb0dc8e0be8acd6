using System.Globalization;
using System.Xml.Linq;
using BookingWeb.Bench.Reporting;

namespace BookingWeb.Tests.Bench;

/// <summary>Row 13's chart: what a reader of docs/performance.md sees drawn from the steps' percentiles.</summary>
public class LoadChartTests
{
    private static readonly LoadPoint[] Steps =
    [
        new(50, 40, 120, 180), new(100, 90, 310, 600), new(200, 400, 1_900, 2_700), new(400, double.NaN, double.NaN, double.NaN),
    ];

    [Fact]
    public void Every_point_lies_inside_the_plot_area_and_higher_latency_is_drawn_higher()
    {
        var chart = new LoadChart(Steps);

        foreach (var step in Steps.Where(s => double.IsFinite(s.P99)))
            foreach (var ms in new[] { step.P50, step.P95, step.P99 })
            {
                Assert.InRange(chart.X(step.Pages), LoadChart.Left, LoadChart.Right);
                Assert.InRange(chart.Y(ms), LoadChart.Top, LoadChart.Bottom);
            }
        Assert.True(chart.Y(2_700) < chart.Y(180));
        Assert.True(chart.X(400) > chart.X(200));
        Assert.Equal(LoadChart.Bottom, chart.Y(0));
        Assert.True(chart.MaxMs >= 2_700);
    }

    [Fact]
    public void The_250_ms_line_is_drawn_at_250_ms_and_each_percentile_is_a_line_through_the_measured_steps()
    {
        var chart = new LoadChart(Steps);

        var svg = XDocument.Parse(chart.Svg("Row 13"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var threshold = svg.Descendants(ns + "line").Single(l => (string?)l.Attribute("class") == "threshold");
        Assert.Equal(chart.Y(250), double.Parse((string)threshold.Attribute("y1")!, CultureInfo.InvariantCulture), 0.1);
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "250 ms");
        foreach (var name in new[] { "p50", "p95", "p99" })
        {
            var points = ((string)svg.Descendants(ns + "polyline").Single(p => (string?)p.Attribute("class") == name).Attribute("points")!).Split(' ');
            Assert.Equal(3, points.Length); // the step without samples is left out, not drawn at 0
        }
    }

    [Fact]
    public void The_250_ms_line_stays_on_the_chart_when_every_step_is_far_below_it()
    {
        var chart = new LoadChart([new LoadPoint(2, 5, 9, 12), new LoadPoint(4, 6, 11, 15)]);

        Assert.InRange(chart.Y(LoadChart.ThresholdMs), LoadChart.Top, LoadChart.Bottom - 1);
        Assert.Null(LoadChart.FirstPassing([new LoadPoint(2, 5, 9, 12)]));
    }

    [Fact]
    public void The_summary_names_the_first_step_whose_p95_passes_250_ms()
    {
        Assert.Equal(100, LoadChart.FirstPassing(Steps)?.Pages);
    }

    [Theory]
    [InlineData(400, 100)]
    [InlineData(2_700, 1_000)]
    [InlineData(4, 1)]
    [InlineData(0.9, 0.2)]
    public void Axis_steps_are_round_numbers_dividing_the_axis_in_at_most_five(double max, double step)
    {
        Assert.Equal(step, LoadChart.NiceStep(max), 9);
    }
}
