using System.Globalization;

namespace BookingWeb.Features.Bookings;

/// <summary>Short, human stay ranges: "3–5 May", "30 Apr – 2 May", "30 Dec 2026 – 2 Jan 2027".</summary>
public static class StayText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly checkIn, DateOnly checkOut)
    {
        if (checkIn.Year != checkOut.Year)
            return $"{checkIn.ToString("d MMM yyyy", English)} – {checkOut.ToString("d MMM yyyy", English)}";
        if (checkIn.Month != checkOut.Month)
            return $"{checkIn.ToString("d MMM", English)} – {checkOut.ToString("d MMM", English)}";
        return $"{checkIn.Day}–{checkOut.ToString("d MMM", English)}";
    }
}
