using System.Globalization;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Platform.Clock;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BookingWeb.Features.Calendar;

/// <summary>
/// The tape chart: rooms by days, live. A stay dragged, resized or moved in its dialog saves through the booking's own
/// save (merge, overlap refusal, audit log), the last move can be undone, and empty nights start a new booking.
/// </summary>
public partial class CalendarPage
{
    private const int DefaultDays = 14;

    [Inject] private CalendarService Calendar { get; set; } = null!;
    [Inject] private BookingService Bookings { get; set; } = null!;
    [Inject] private SavePipeline Saving { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private HotelClock Clock { get; set; } = null!;
    [Inject] private ILogger<CalendarPage> Logger { get; set; } = null!;

    /// <summary>Optional <c>?date=2027-06-10</c>: show the week holding that date (links from a booking use it).</summary>
    [SupplyParameterFromQuery(Name = "date")] public string? Date { get; set; }

    /// <summary>Optional <c>?days=7|14|30</c>: how many days the chart shows.</summary>
    [SupplyParameterFromQuery(Name = "days")] public int? DaysShown { get; set; }

    private DateOnly Today => Clock.Today;
    private DateOnly _start;
    private int _days = DefaultDays;
    private CalendarWindow? _window;
    private bool _loading, _failed, _saving;
    private string? _notice;
    private CancellationTokenSource? _pendingLoad;
    private StayMove? _lastMove;
    private string? _lastMoveNumber;

    // The window and a week's step either way must stay within the dates .NET can hold.
    private static readonly DateOnly FirstStart = DateOnly.MinValue.AddDays(14);
    private DateOnly LastStart => DateOnly.MaxValue.AddDays(-_days - 14);

    protected override Task OnInitializedAsync()
    {
        if (DaysShown is { } days) _days = CalendarService.Ranges.Contains(days) ? days : DefaultDays;
        var first = CalendarService.MondayOf(Today);
        if (DateOnly.TryParseExact(Date, "yyyy-MM-dd", out var date)) first = CalendarService.MondayOf(date);
        else if (!string.IsNullOrEmpty(Date)) _notice = string.Format(CalendarTexts.NotADate, Date);
        _start = WithinReach(first);
        // The first, static render says "Loading": a month of a big house is read and drawn once, on the circuit.
        return RendererInfo.IsInteractive ? ShowAsync(_start) : Task.CompletedTask;
    }

    private Task NavigateAsync(DateOnly newStart)
    {
        _notice = null;
        return ShowAsync(newStart);
    }

    private Task ChangeDaysAsync(int days)
    {
        _days = days;
        return ShowAsync(_start);
    }

    /// <summary>The start itself, or the nearest one whose window .NET's dates can hold (saying so).</summary>
    private DateOnly WithinReach(DateOnly start)
    {
        if (start >= FirstStart && start <= LastStart) return start;
        start = start < FirstStart ? FirstStart : LastStart;
        _notice = string.Format(start == FirstStart ? CalendarTexts.CannotGoBack : CalendarTexts.CannotGoAhead, start.ToString(CalendarTexts.NoticeDateFormat));
        return start;
    }

    /// <param name="live">
    /// Someone else's change: the chart is read again without dimming it (on a month of a big house, fading the whole
    /// chart out and in for every change elsewhere costs the browser more than drawing the change).
    /// </param>
    private async Task ShowAsync(DateOnly newStart, bool live = false)
    {
        newStart = WithinReach(newStart);

        // A newer click wins: the older load is cancelled and its result never shown.
        _pendingLoad?.Cancel();
        _pendingLoad?.Dispose();
        var thisLoad = _pendingLoad = new CancellationTokenSource();
        _start = newStart;
        _loading = !live;
        _failed = false;
        try
        {
            _window = await Calendar.GetWindowAsync(newStart, _days, thisLoad.Token);
        }
        catch (OperationCanceledException) when (thisLoad.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            Logger.LogError(exception, "Loading the calendar from {Start} failed", newStart);
            _failed = true;
        }
        if (_pendingLoad == thisLoad) _loading = false;
    }

    /// <summary>A drop: saved, or refused with the reason while the stay snaps back to where the database has it.</summary>
    private async Task DropAsync(StayMove move)
    {
        var result = await SaveMoveAsync(move);
        if (EditorNotices.Problem(result) is { } problem) Snackbar.Add(problem, Severity.Error);
    }

    private async Task OpenMoveDialogAsync(CalendarBar bar)
    {
        if (_window is null || bar.Handles == StayHandles.None)
        {
            Snackbar.Add(string.Format(CalendarTexts.CannotMove, bar.ReservationNumber, CalendarStatusStyle.Label(bar.Status)), Severity.Info);
            return;
        }
        var parameters = new DialogParameters<MoveStayDialog>
        {
            { d => d.Bar, bar },
            { d => d.Rooms, _window.Rooms },
            { d => d.Save, SaveMoveAsync },
        };
        await Dialogs.ShowAsync<MoveStayDialog>(string.Format(CalendarTexts.MoveStayTitle, bar.ReservationNumber), parameters, MoveStayDialog.Options);
    }

    private async Task UndoAsync()
    {
        if (_lastMove is not { } last) return;
        var now = _window?.Bars.FirstOrDefault(b => b.BookingId == last.BookingId);
        var result = await SaveAsync(last.Reversed(now?.Version ?? 0), undoing: true);
        if (EditorNotices.Problem(result) is { } problem) Snackbar.Add(problem, Severity.Error);
    }

    /// <summary>Every move's save: merged or asked about like the editor's, then the chart read again; a done move can be undone.</summary>
    private Task<SaveResult> SaveMoveAsync(StayMove move) => SaveAsync(move, undoing: false);

    private async Task<SaveResult> SaveAsync(StayMove move, bool undoing)
    {
        _saving = true;
        StateHasChanged();
        var result = await Saving.SaveAsync($"booking {move.BookingId}", () => Bookings.MoveAsync(move));
        _saving = false;
        var number = _window?.Bars.FirstOrDefault(b => b.BookingId == move.BookingId)?.ReservationNumber ?? $"#{move.BookingId}";
        if (result is SaveResult.Saved or SaveResult.Merged)
        {
            (_lastMove, _lastMoveNumber) = undoing ? (null, null) : (move, number);
            var now = result is SaveResult.Merged ? await PlaceNowAsync(move) : move.To;
            var moved = string.Format(undoing ? CalendarTexts.MoveUndone : CalendarTexts.Moved, number, RoomNumber(now.RoomId),
                now.CheckIn.ToString(CalendarTexts.BarDateFormat, CultureInfo.CurrentCulture),
                now.CheckOut.ToString(CalendarTexts.BarDateFormat, CultureInfo.CurrentCulture));
            Snackbar.Add(result is SaveResult.Merged merged ? $"{moved} {merged.Summary}" : moved, Severity.Success);
        }
        await ShowAsync(_start);
        return result;
    }

    /// <summary>
    /// Where a move merged with someone else's change to the same stay put it: the merge may keep their room or dates, so
    /// not necessarily where it was dropped (that, if the stay cannot be read again).
    /// </summary>
    private async Task<StayPlace> PlaceNowAsync(StayMove move)
    {
        var read = await Saving.LookUpAsync($"booking {move.BookingId}", () => Bookings.LoadAsync(move.BookingId));
        return read.Value is { RoomId: { } room, CheckIn: { } checkIn, CheckOut: { } checkOut } ? new StayPlace(room, checkIn, checkOut) : move.To;
    }

    private string RoomNumber(int roomId) => _window?.Rooms.FirstOrDefault(r => r.Id == roomId)?.Number ?? "?";

    /// <summary>Empty nights selected: the new booking's editor with that room and those nights filled in.</summary>
    private Task BookAsync(StayPlace place)
    {
        Navigation.NavigateTo($"/bookings/new?room={place.RoomId}&checkIn={Iso(place.CheckIn)}&checkOut={Iso(place.CheckOut)}");
        return Task.CompletedTask;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _pendingLoad?.Cancel();
        _pendingLoad?.Dispose();
    }
}
