using System.Globalization;
using System.Net;
using System.Text;

namespace BookingWeb.Bench.Reporting;

/// <summary>One step of row 13: commit → DOM percentiles with this many pages open.</summary>
public sealed record LoadPoint(int Pages, double P50, double P95, double P99);

/// <summary>
/// Row 13's chart as plain SVG: commit → DOM p50, p95 and p99 against open pages, on linear axes with gridlines, and
/// the 250 ms line the row reports on. Values above the top of the axis are clipped to it.
/// </summary>
public sealed class LoadChart
{
    public const string FileName = "load-chart.svg";
    public const double ThresholdMs = 250;
    public const double Width = 760, Height = 440;
    public const double Left = 80, Top = 50, Right = 600, Bottom = 380;

    private readonly IReadOnlyList<LoadPoint> _points;

    public LoadChart(IReadOnlyList<LoadPoint> points)
    {
        _points = points;
        PagesStep = NiceStep(points.Select(p => (double)p.Pages).DefaultIfEmpty(1).Max());
        MaxPages = RoundUp(points.Select(p => (double)p.Pages).DefaultIfEmpty(1).Max(), PagesStep);
        var highest = points.SelectMany(p => new[] { p.P50, p.P95, p.P99 }).Where(double.IsFinite).Append(ThresholdMs).Max();
        MsStep = NiceStep(highest * 1.05);
        MaxMs = RoundUp(highest * 1.05, MsStep);
    }

    public double MaxPages { get; }
    public double PagesStep { get; }
    public double MaxMs { get; }
    public double MsStep { get; }

    public double X(double pages) => Left + Math.Clamp(pages / MaxPages, 0, 1) * (Right - Left);

    public double Y(double ms) => Bottom - Math.Clamp(ms / MaxMs, 0, 1) * (Bottom - Top);

    /// <summary>The first step whose p95 is above <paramref name="ms"/>, or null when none is.</summary>
    public static LoadPoint? FirstPassing(IEnumerable<LoadPoint> points, double ms = ThresholdMs) =>
        points.OrderBy(p => p.Pages).FirstOrDefault(p => p.P95 > ms);

    /// <summary>A step of 1, 2 or 5 × 10ⁿ that divides 0…<paramref name="max"/> into at most five parts.</summary>
    public static double NiceStep(double max)
    {
        if (!(max > 0)) return 1;
        var raw = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(step => step >= raw * (1 - 1e-9));
    }

    private static double RoundUp(double value, double step) => Math.Max(step, Math.Ceiling(value / step - 1e-9) * step);

    public string Svg(string title)
    {
        var svg = new StringBuilder();
        svg.AppendLine($"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(Width)}" height="{N(Height)}" viewBox="0 0 {N(Width)} {N(Height)}" font-family="sans-serif" font-size="12">""");
        svg.AppendLine($"""<rect width="{N(Width)}" height="{N(Height)}" fill="white"/>""");
        svg.AppendLine($"""<text x="{N(Left)}" y="28" font-size="15" font-weight="bold">{WebUtility.HtmlEncode(title)}</text>""");
        for (var ms = 0.0; ms <= MaxMs + 1e-9; ms += MsStep)
        {
            svg.AppendLine($"""<line class="grid" x1="{N(Left)}" y1="{N(Y(ms))}" x2="{N(Right)}" y2="{N(Y(ms))}" stroke="#e0e0e0"/>""");
            svg.AppendLine($"""<text x="{N(Left - 8)}" y="{N(Y(ms) + 4)}" text-anchor="end">{N(ms)}</text>""");
        }
        for (var pages = 0.0; pages <= MaxPages + 1e-9; pages += PagesStep)
        {
            svg.AppendLine($"""<line class="grid" x1="{N(X(pages))}" y1="{N(Top)}" x2="{N(X(pages))}" y2="{N(Bottom)}" stroke="#e0e0e0"/>""");
            svg.AppendLine($"""<text x="{N(X(pages))}" y="{N(Bottom + 18)}" text-anchor="middle">{N(pages)}</text>""");
        }
        svg.AppendLine($"""<line x1="{N(Left)}" y1="{N(Bottom)}" x2="{N(Right)}" y2="{N(Bottom)}" stroke="black"/>""");
        svg.AppendLine($"""<line x1="{N(Left)}" y1="{N(Top)}" x2="{N(Left)}" y2="{N(Bottom)}" stroke="black"/>""");
        svg.AppendLine($"""<text x="{N((Left + Right) / 2)}" y="{N(Bottom + 40)}" text-anchor="middle">open bookings pages (split between two instances)</text>""");
        svg.AppendLine($"""<text transform="translate(24 {N((Top + Bottom) / 2)}) rotate(-90)" text-anchor="middle">commit → DOM (ms)</text>""");

        svg.AppendLine($"""<line class="threshold" x1="{N(Left)}" y1="{N(Y(ThresholdMs))}" x2="{N(Right)}" y2="{N(Y(ThresholdMs))}" stroke="#1c7ed6" stroke-width="1.5" stroke-dasharray="6 4"/>""");
        svg.AppendLine($"""<text x="{N(Right + 6)}" y="{N(Y(ThresholdMs) + 4)}" fill="#1c7ed6">{N(ThresholdMs)} ms</text>""");

        var series = new (string Name, string Colour, Func<LoadPoint, double> Value)[]
        {
            ("p50", "#2b8a3e", p => p.P50), ("p95", "#e67700", p => p.P95), ("p99", "#c92a2a", p => p.P99),
        };
        var legendY = Top + 10;
        foreach (var (name, colour, value) in series)
        {
            var points = _points.OrderBy(p => p.Pages).Where(p => double.IsFinite(value(p))).Select(p => (X: X(p.Pages), Y: Y(value(p)))).ToList();
            svg.AppendLine($"""<polyline class="{name}" fill="none" stroke="{colour}" stroke-width="2" points="{string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))}"/>""");
            foreach (var (x, y) in points) svg.AppendLine($"""<circle cx="{N(x)}" cy="{N(y)}" r="3.5" fill="{colour}"/>""");
            svg.AppendLine($"""<line x1="{N(Right + 50)}" y1="{N(legendY)}" x2="{N(Right + 74)}" y2="{N(legendY)}" stroke="{colour}" stroke-width="2"/>""");
            svg.AppendLine($"""<text x="{N(Right + 80)}" y="{N(legendY + 4)}">{name}</text>""");
            legendY += 20;
        }
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
