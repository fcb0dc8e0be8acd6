using System.Globalization;
using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// Search box (debounced while typing, at once on Enter: the form submits), status and stay-date filters. Emits a whole
/// <see cref="BookingFilter"/> whenever it changes.
/// </summary>
public partial class BookingFilters
{
    private static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(300);

    private static readonly BookingStatus[] AllStatuses = Enum.GetValues<BookingStatus>();

    private string? _search;
    private IReadOnlyCollection<BookingStatus> _statuses = [];
    private bool _statusesOpen;
    private bool _statusSelectInUse; // false until the status list is first used: StatusStandIn shows it meanwhile
    private bool _openStatusSelect; // swapped in just now: open and focus it once it has rendered
    private MudSelect<BookingStatus>? _statusSelect;
    private DateOnly? _from;
    private DateOnly? _to;
    private BookingFilter? _shown;
    private CancellationTokenSource? _pendingSearch;

    [Parameter, EditorRequired] public BookingFilter Filter { get; set; } = BookingFilter.None;
    [Parameter] public EventCallback<BookingFilter> FilterChanged { get; set; }

    protected override object ShownParameters => Filter;

    protected override void OnParametersSet()
    {
        // Adopt only a filter that comes from outside (a link, a reload), never our own echo: that would
        // overwrite what the user typed since.
        if (Filter == _shown) return;
        _shown = Filter;
        _search = Filter.Search;
        _statuses = Filter.Statuses.ToArray();
        _from = Filter.StayFrom;
        _to = Filter.StayTo;
    }

    private async Task OnSearchInputAsync(ChangeEventArgs e)
    {
        _search = e.Value as string;
        CancelPendingSearch();
        var pending = _pendingSearch = new CancellationTokenSource();
        try
        {
            await Task.Delay(SearchDelay, pending.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await EmitAsync();
    }

    private Task SearchNowAsync()
    {
        CancelPendingSearch();
        return EmitAsync();
    }

    private Task OnStatusesChangedAsync(IReadOnlyCollection<BookingStatus>? statuses)
    {
        _statuses = statuses ?? [];
        return EmitAsync();
    }

    private string StatusesText => string.Join(", ", _statuses.Select(BookingLabels.Of));

    private void UseStatusSelect() => (_statusSelectInUse, _openStatusSelect) = (true, true);

    // The keys that open a MudSelect.
    private void OnStatusStandInKey(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or " " or "ArrowDown" or "ArrowUp") UseStatusSelect();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_openStatusSelect || _statusSelect is null) return;
        _openStatusSelect = false;
        await _statusSelect.OpenMenu();
        await _statusSelect.FocusAsync();
    }

    private Task OnFromChangedAsync(ChangeEventArgs e)
    {
        _from = FromIsoDate(e.Value as string);
        return EmitAsync();
    }

    private Task OnToChangedAsync(ChangeEventArgs e)
    {
        _to = FromIsoDate(e.Value as string);
        return EmitAsync();
    }

    // A date input's value is always yyyy-MM-dd (or empty), whatever the person's own date format.
    private const string IsoDateFormat = "yyyy-MM-dd";

    private static string? IsoDate(DateOnly? date) => date?.ToString(IsoDateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? FromIsoDate(string? value) =>
        DateOnly.TryParseExact(value, IsoDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private Task ClearAsync()
    {
        CancelPendingSearch();
        (_search, _statuses, _from, _to) = (null, [], null, null);
        return EmitAsync();
    }

    private async Task EmitAsync()
    {
        var filter = new BookingFilter
        {
            Search = string.IsNullOrWhiteSpace(_search) ? null : _search.Trim(),
            Statuses = _statuses.Distinct().Order().ToArray(),
            StayFrom = _from,
            StayTo = _to,
        };
        if (filter == _shown) return;
        _shown = filter;
        await FilterChanged.InvokeAsync(filter);
    }

    private void CancelPendingSearch()
    {
        _pendingSearch?.Cancel();
        _pendingSearch?.Dispose();
        _pendingSearch = null;
    }

    public void Dispose() => CancelPendingSearch();
}
