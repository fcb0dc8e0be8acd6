using BookingWeb.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace BookingWeb.Features.Bookings;

/// <summary>
/// Search box (debounced while typing, at once on Enter), status and stay-date filters. Emits a whole
/// <see cref="BookingFilter"/> whenever it changes.
/// </summary>
public partial class BookingFilters
{
    private static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(300);

    private static readonly BookingStatus[] AllStatuses = Enum.GetValues<BookingStatus>();

    private string? _search;
    private IReadOnlyCollection<BookingStatus> _statuses = [];
    private bool _statusesOpen;
    private DateOnly? _from;
    private DateOnly? _to;
    private BookingFilter? _shown;
    private CancellationTokenSource? _pendingSearch;

    [Parameter, EditorRequired] public BookingFilter Filter { get; set; } = BookingFilter.None;
    [Parameter] public EventCallback<BookingFilter> FilterChanged { get; set; }

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

    private async Task OnSearchTypedAsync(string? text)
    {
        _search = text;
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

    private Task OnSearchKeyDownAsync(KeyboardEventArgs e) => e.Key == "Enter" ? SearchNowAsync() : Task.CompletedTask;

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

    private Task OnFromChangedAsync(DateTime? from)
    {
        _from = ToDateOnly(from);
        return EmitAsync();
    }

    private Task OnToChangedAsync(DateTime? to)
    {
        _to = ToDateOnly(to);
        return EmitAsync();
    }

    // MudDatePicker works with DateTime?; the filter keeps DateOnly.
    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? ToDateOnly(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

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
