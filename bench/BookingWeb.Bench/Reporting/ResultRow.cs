using System.Globalization;

namespace BookingWeb.Bench.Reporting;

/// <summary>One line of the results table.</summary>
/// <param name="Number">The item of issue 7 it answers (1–9).</param>
/// <param name="Verdict">"met", "missed", "—" (no goal) or "not measured".</param>
public sealed record ResultRow(int Number, string What, string SampleCount, string P50, string P95, string P99, string Goal, string Verdict, string Notes)
{
    public static ResultRow Latency(int number, string what, Samples samples, string goal = "—", Func<Samples, bool>? meets = null, string notes = "") =>
        new(number, what, samples.Count.ToString("N0", CultureInfo.InvariantCulture), Ms(samples.P50), Ms(samples.P95), Ms(samples.P99),
            goal, VerdictOf(samples.Count > 0 && meets is not null ? meets(samples) : null), notes);

    public static ResultRow Value(int number, string what, string sampleCount, string value, string goal = "—", bool? met = null, string notes = "") =>
        new(number, what, sampleCount, value, "", "", goal, VerdictOf(met), notes);

    public static ResultRow NotMeasured(int number, string what, string why) =>
        new(number, what, "", "", "", "", "", "not measured", why);

    public static string Ms(double value) => double.IsNaN(value) ? "" :
        value < 10 ? value.ToString("0.00", CultureInfo.InvariantCulture) + " ms" : value.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    private static string VerdictOf(bool? met) => met switch { true => "met", false => "missed", null => "—" };
}
