using BookingWeb.Features.Reports;

namespace BookingWeb.Tests.Features.Reports;

public class ReportRangeTests
{
    [Fact]
    public void The_default_is_this_month_and_the_two_before_it()
    {
        var range = ReportRange.Default(new DateOnly(2026, 3, 17));

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (range.From, range.To));
        Assert.Equal(90, range.Nights);
    }

    [Fact]
    public void The_default_reaches_back_over_new_year()
    {
        var range = ReportRange.Default(new DateOnly(2026, 2, 1));

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 28)), (range.From, range.To));
    }

    [Theory]
    [InlineData(null, "2026-05-01", "Choose the first night.")]
    [InlineData("2026-05-01", null, "Choose the last night.")]
    [InlineData("2026-05-02", "2026-05-01", "The last night must not be before the first.")]
    [InlineData("2026-05-01", "2028-05-01", "A report covers at most 2 years: choose a shorter range.")]
    public void A_range_that_makes_no_report_says_why(string? from, string? to, string refusal)
    {
        Assert.Equal(refusal, ReportRange.Refusal(Parse(from), Parse(to)));
    }

    [Theory]
    [InlineData("2026-05-01", "2026-05-01")]
    [InlineData("2026-05-01", "2028-04-30")]
    public void One_night_up_to_two_whole_years_make_a_report(string from, string to)
    {
        Assert.Null(ReportRange.Refusal(Parse(from), Parse(to)));
    }

    private static DateOnly? Parse(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
