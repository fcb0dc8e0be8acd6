using System.Globalization;
using BookingWeb.Texts;

namespace BookingWeb.Features.Reports;

/// <summary>How the reports write their figures, in the reader's culture (money in the hotel's currency); "—" for none.</summary>
public static class ReportFormats
{
    public const string None = "—";

    public static string Percent(double? share) =>
        share is { } value ? string.Format(ReportTexts.PercentFormat, (100 * value).ToString("N1", CultureInfo.CurrentCulture)) : None;

    public static string Money(decimal? amount) => amount is { } value ? value.ToString("C", CultureInfo.CurrentCulture) : None;

    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Day(DateOnly day) => day.ToString(ReportTexts.DayFormat, CultureInfo.CurrentCulture);

    public static string ShortDay(DateOnly day) => day.ToString(ReportTexts.ShortDayFormat, CultureInfo.CurrentCulture);

    public static string Month(DateOnly dayInMonth) => dayInMonth.ToString(ReportTexts.MonthFormat, CultureInfo.CurrentCulture);

    public static string ShortMonth(DateOnly dayInMonth) => dayInMonth.ToString(ReportTexts.ShortMonthFormat, CultureInfo.CurrentCulture);

    public static string Weekday(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    public static string ShortWeekday(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(day);

    /// <summary>The axis labels with about <paramref name="shown"/> of them kept, evenly spaced, and the rest blank.</summary>
    public static string[] Sparse(IReadOnlyList<string> labels, int shown = 10)
    {
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)shown));
        return labels.Select((label, index) => index % step == 0 ? label : "").ToArray();
    }
}
