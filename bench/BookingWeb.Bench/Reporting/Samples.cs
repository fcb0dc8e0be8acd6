namespace BookingWeb.Bench.Reporting;

/// <summary>Latencies (or any values) in milliseconds, summarised by nearest-rank percentiles.</summary>
public sealed class Samples
{
    private readonly List<double> _values = [];

    public int Count => _values.Count;

    public void Add(double value) => _values.Add(value);

    public double Percentile(double p)
    {
        if (_values.Count == 0) return double.NaN;
        var sorted = _values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double P50 => Percentile(50);
    public double P95 => Percentile(95);
    public double P99 => Percentile(99);
    public double Max => _values.Count == 0 ? double.NaN : _values.Max();
    public double Mean => _values.Count == 0 ? double.NaN : _values.Average();
}
