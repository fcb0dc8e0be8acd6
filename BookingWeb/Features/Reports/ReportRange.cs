using BookingWeb.Texts;

namespace BookingWeb.Features.Reports;

/// <summary>The nights a report covers, <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To)
{
    /// <summary>The longest range a report reads: two years keeps a daily chart readable and the reads quick.</summary>
    public const int MaxYears = 2;

    public int Nights => To.DayNumber - From.DayNumber + 1;

    public IEnumerable<DateOnly> EachNight => Enumerable.Range(0, Nights).Select(From.AddDays);

    /// <summary>This month and the two before it.</summary>
    public static ReportRange Default(DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return new ReportRange(thisMonth.AddMonths(-2), thisMonth.AddMonths(1).AddDays(-1));
    }

    /// <summary>Why the dates as chosen make no report, in the reader's language; null when they do.</summary>
    public static string? Refusal(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, _) => ReportTexts.FromRequired,
        (_, null) => ReportTexts.ToRequired,
        ({ } start, { } end) when end < start => ReportTexts.ToBeforeFrom,
        ({ } start, { } end) when end >= start.AddYears(MaxYears) => string.Format(ReportTexts.RangeTooLong, MaxYears),
        _ => null,
    };
}
