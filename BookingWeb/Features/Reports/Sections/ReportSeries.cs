using System.Globalization;
using MudBlazor;

namespace BookingWeb.Features.Reports.Sections;

/// <summary>The charts' series and axis labels, in the reader's culture.</summary>
public static class ReportSeries
{
    public static ChartSeries<double> Of(string name, IEnumerable<double> values) => new() { Name = name, Data = values.ToArray() };

    /// <summary>A period's occupancy as the charts plot it: 0–100, and 0 without active rooms.</summary>
    public static double PercentOf(ReportPeriod period) => 100 * (period.Occupancy ?? 0);

    public static string PercentAxis(double percent) => string.Format(Texts.ReportTexts.PercentFormat, percent.ToString("N0", CultureInfo.CurrentCulture));

    public static string MoneyAxis(double amount) => amount.ToString("C0", CultureInfo.CurrentCulture);

    public static string CountAxis(double count) => count.ToString("N0", CultureInfo.CurrentCulture);
}
