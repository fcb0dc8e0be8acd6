using System.Globalization;

namespace BookingWeb.Bench.Reporting;

/// <summary>The machine's CPU counters (/proc/stat, all cores): how busy it was between two reads, whoever the work was for.</summary>
public sealed record MachineCpu(long Busy, long Total)
{
    public static MachineCpu Read()
    {
        if (!File.Exists("/proc/stat")) return new MachineCpu(0, 0);
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var idle = ticks[3] + ticks[4]; // idle + iowait
        var total = ticks.Take(8).Sum(); // without guest time, which user time already holds
        return new MachineCpu(total - idle, total);
    }

    /// <summary>Share of all cores busy since <paramref name="earlier"/> (0–1); NaN where /proc/stat is missing.</summary>
    public double BusySince(MachineCpu earlier) =>
        Total == earlier.Total ? double.NaN : (double)(Busy - earlier.Busy) / (Total - earlier.Total);
}
