using System.Globalization;
using BookingWeb.Texts;

namespace BookingWeb.Features.Bookings;

/// <summary>Short, human stay ranges: "3–5 May", "30 Apr – 2 May", "30 Dec 2026 – 2 Jan 2027"; in German "3.–5. Mai".</summary>
public static class StayText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly checkIn, DateOnly checkOut)
    {
        // German reads its own month names; every other culture keeps the British English ones, as before.
        var culture = CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "de" ? CultureInfo.CurrentCulture : English;
        if (checkIn.Year != checkOut.Year)
            return $"{checkIn.ToString(BookingTexts.StayDayMonthYearFormat, culture)} – {checkOut.ToString(BookingTexts.StayDayMonthYearFormat, culture)}";
        if (checkIn.Month != checkOut.Month)
            return $"{checkIn.ToString(BookingTexts.StayDayMonthFormat, culture)} – {checkOut.ToString(BookingTexts.StayDayMonthFormat, culture)}";
        return $"{checkIn.ToString(BookingTexts.StayDayFormat, culture)}–{checkOut.ToString(BookingTexts.StayDayMonthFormat, culture)}";
    }
}
