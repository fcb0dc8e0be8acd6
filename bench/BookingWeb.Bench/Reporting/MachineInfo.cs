using System.Runtime.InteropServices;

namespace BookingWeb.Bench.Reporting;

/// <summary>What the numbers were measured on.</summary>
public sealed record MachineInfo(int Cores, string Memory, string Os, string DotNet, string PostgreSql, string Chromium, string LoadAtStart)
{
    public static MachineInfo Describe(string postgreSql, string chromium) => new(
        Environment.ProcessorCount,
        MemTotal(),
        $"{OsName()} (kernel {RuntimeInformation.OSDescription.Split(' ').Skip(1).FirstOrDefault()})",
        $"{RuntimeInformation.FrameworkDescription}, server GC: {System.Runtime.GCSettings.IsServerGC}",
        postgreSql,
        chromium,
        LoadAverage());

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string MemTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? "unknown"
            : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024.0:0.0} GiB";
    }

    private static string OsName()
    {
        var line = File.Exists("/etc/os-release") ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)) : null;
        return line?["PRETTY_NAME=".Length..].Trim('"') ?? RuntimeInformation.OSDescription;
    }
}
