using BookingWeb.Platform.Data;
using BookingWeb.Texts;

namespace BookingWeb.Features.Calendar;

/// <summary>How a booking status reads and looks on the calendar. The colours live in CalendarPage.razor.css.</summary>
internal static class CalendarStatusStyle
{
    /// <summary>The statuses that appear on the calendar; cancelled and no-show stays free their room.</summary>
    public static readonly BookingStatus[] Shown =
        [BookingStatus.Tentative, BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.CheckedOut];

    public static string Label(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => CalendarTexts.StatusTentative,
        BookingStatus.Confirmed => CalendarTexts.StatusConfirmed,
        BookingStatus.CheckedIn => CalendarTexts.StatusCheckedIn,
        BookingStatus.CheckedOut => CalendarTexts.StatusCheckedOut,
        BookingStatus.Cancelled => CalendarTexts.StatusCancelled,
        BookingStatus.NoShow => CalendarTexts.StatusNoShow,
        _ => status.ToString(),
    };

    /// <summary>Points a bar or swatch at its status colours (custom properties, so every component can use them).</summary>
    public static string ColorVariables(BookingStatus status)
    {
        var key = status.ToString().ToLowerInvariant();
        return $"--status-bg: var(--status-{key}-bg); --status-fg: var(--status-{key}-fg); --status-border: var(--status-{key}-border);";
    }
}
