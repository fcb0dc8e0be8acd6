using BookingWeb.Features.Reports;
using BookingWeb.Features.Reports.Sections;
using BookingWeb.Platform.Localization;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Features.Reports;

/// <summary>Each report's chart and the table of its figures, in the reader's language and formats.</summary>
public class ReportSectionsTests : ComponentTestContext
{
    private static readonly ReportPeriod April = new(new(2026, 4, 1), new(2026, 4, 30), 60, 4, 4, new Revenue(340, 0, 30));
    private static readonly ReportPeriod May = new(new(2026, 5, 1), new(2026, 5, 31), 62, 8, 9, new Revenue(800, 31, 63.10m));

    private static readonly WeekdayArrivals[] Arrivals =
    [
        new(DayOfWeek.Monday, 3), new(DayOfWeek.Tuesday, 0), new(DayOfWeek.Wednesday, 1), new(DayOfWeek.Thursday, 0),
        new(DayOfWeek.Friday, 12), new(DayOfWeek.Saturday, 1), new(DayOfWeek.Sunday, 0),
    ];

    private static void InEnglish() => StaffCultures.Use(Languages.Culture(Languages.English, "€"));

    private static void InGerman() => StaffCultures.Use(Languages.Culture(Languages.German, "€"));

    private static string[][] Rows<T>(IRenderedComponent<T> section) where T : Microsoft.AspNetCore.Components.IComponent =>
        section.FindAll("tbody tr").Select(r => r.Children.Select(c => c.Text()).ToArray()).ToArray();

    [Fact]
    public void Revenue_by_month_charts_the_totals_and_lists_rooms_services_discounts_and_total()
    {
        InEnglish();

        var section = Render<RevenueByMonth>(p => p.Add(s => s.Months, [April, May]));

        Assert.Equal("Revenue by month", section.Find("h2").Text());
        Assert.NotNull(section.Find("[role=img] .mud-chart svg"));
        Assert.Equal(["Month", "Rooms", "Services", "Discounts", "Revenue"], section.FindAll("thead th").Select(h => h.Text()));
        Assert.Equal(
            [["April 2026", "€340.00", "€0.00", "−€30.00", "€310.00"], ["May 2026", "€800.00", "€31.00", "−€63.10", "€767.90"]],
            Rows(section));
    }

    [Fact]
    public void Occupancy_and_rates_by_month_show_shares_and_money_per_night()
    {
        InEnglish();

        var occupancy = Render<OccupancyByMonth>(p => p.Add(s => s.Months, [April, May]));
        var rates = Render<RatesByMonth>(p => p.Add(s => s.Months, [April, May]));

        Assert.Equal(["May 2026", "8", "62", "12.9 %"], Rows(occupancy)[1]);
        Assert.Equal(["May 2026", "€85.32", "€12.39"], Rows(rates)[1]);
        Assert.Equal(2, rates.FindAll(".mud-chart-legend-item").Count); // ADR and RevPAR
    }

    [Fact]
    public void In_German_weekdays_months_and_money_are_written_the_German_way()
    {
        InGerman();

        var arrivals = Render<ArrivalsByWeekday>(p => p.Add(s => s.Arrivals, Arrivals));
        var revenue = Render<RevenueByMonth>(p => p.Add(s => s.Months, [May]));

        Assert.Equal("Anreisen pro Wochentag", arrivals.Find("h2").Text());
        Assert.Equal(["Montag", "3"], Rows(arrivals)[0]);
        Assert.Equal(["Freitag", "12"], Rows(arrivals)[4]);
        Assert.Equal([["Mai 2026", "800,00 €", "31,00 €", "−63,10 €", "767,90 €"]], Rows(revenue));
    }

    [Fact]
    public void A_month_without_active_rooms_has_no_occupancy_or_RevPAR_rather_than_a_division_by_zero()
    {
        InEnglish();
        var closed = new ReportPeriod(new(2026, 5, 1), new(2026, 5, 31), 0, 0, 0, default);

        var rates = Render<RatesByMonth>(p => p.Add(s => s.Months, [closed]));
        var summary = Render<ReportSummary>(p => p.Add(s => s.Whole, closed));

        Assert.Equal(["May 2026", "—", "—"], Rows(rates)[0]);
        Assert.Equal("—", summary.Find("[data-summary=occupancy]").Text());
    }
}
