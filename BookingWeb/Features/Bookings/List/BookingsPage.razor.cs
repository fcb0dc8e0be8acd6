using System.Globalization;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.Presence;
using BookingWeb.Collaboration.Live;
using BookingWeb.Shared;
using BookingWeb.Texts;
using Microsoft.AspNetCore.Components;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// The bookings list: paged, sorted and filtered in the database. The filter lives in the query string
/// (?q=…&amp;status=…&amp;from=…&amp;to=…) so that a link or a reload shows the same list.
/// </summary>
public partial class BookingsPage
{
    private const int PageSize = 25;
    private const string DateFormat = "yyyy-MM-dd";

    private IReadOnlyList<BookingListItem>? _rows; // null until the first load
    private int _count;
    private int _page; // from 0
    private bool _loading = true;
    private string? _loadError;
    private BookingFilter _filter = BookingFilter.None;
    private ListSort _listSort = new(BookingSort.Default.Column, BookingSort.Default.Descending);
    private readonly LiveGridLoads _loads = new();
    private readonly RowFlashes _flashes = new();
    private DateTimeOffset? _liveChangesHeardAt;
    private IReadOnlySet<int> _changedBookingIds = new HashSet<int>();
    private IReadOnlyDictionary<int, string> _editors = new Dictionary<int, string>();

    /// <summary>Everything a row shows: the booking, its lines (the total), its guest's name and its room's number; named in the page's language.</summary>
    private static SortColumn[] SortColumns() => ColumnsByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ =>
    [
        new(nameof(BookingListItem.ReservationNumber), BookingTexts.ColumnReservation),
        new(nameof(BookingListItem.GuestName), BookingTexts.ColumnGuest),
        new(nameof(BookingListItem.RoomNumber), BookingTexts.ColumnRoom),
        new(nameof(BookingListItem.CheckIn), BookingTexts.ColumnCheckIn),
        new(nameof(BookingListItem.CheckOut), BookingTexts.ColumnCheckOut),
        new(nameof(BookingListItem.Nights), BookingTexts.ColumnNights, Class: "money"),
        new(nameof(BookingListItem.Status), BookingTexts.ColumnStatus),
        new(nameof(BookingListItem.PaymentStatus), BookingTexts.ColumnPayment),
    ]);

    // One array per language, shared by every open page: the headers render from it without re-rendering per page.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SortColumn[]> ColumnsByLanguage = new();

    private static readonly ChangeTable[] LiveTables =
        [ChangeTable.Bookings, ChangeTable.AdditionalServices, ChangeTable.Discounts, ChangeTable.Guests, ChangeTable.Rooms];

    [Inject] private BookingQueries Queries { get; set; } = null!;
    [Inject] private HotelClock Clock { get; set; } = null!;
    [Inject] private PresenceService Presence { get; set; } = null!;
    [Inject] private StaffSession Session { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private ILogger<BookingsPage> Logger { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "q")] public string? Search { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string[]? Statuses { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }

    private ListSort ListSort => _listSort;

    private BookingSort Sort => new(_listSort.Column, _listSort.Descending);

    protected override async Task OnParametersSetAsync()
    {
        var fromAddress = FilterFromQueryString();
        if (_loads.Latest > 0 && fromAddress == _filter) return;
        _filter = fromAddress;
        _page = 0;
        await LoadAsync();
    }

    private async Task OnFilterChangedAsync(BookingFilter filter)
    {
        _filter = filter;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = filter.Search,
            ["status"] = filter.Statuses.Count == 0 ? null : filter.Statuses.Select(s => s.ToString()).ToArray(),
            ["from"] = filter.StayFrom?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["to"] = filter.StayTo?.ToString(DateFormat, CultureInfo.InvariantCulture),
        }), replace: true);
        _page = 0;
        await LoadAsync();
    }

    private Task OnSortChangedAsync(ListSort sort)
    {
        _listSort = sort;
        _page = 0;
        return LoadAsync();
    }

    private Task OnPageChangedAsync(int page)
    {
        _page = page;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        // Keystrokes and clicks can start loads that overlap; only the latest one may fill the list.
        var load = _loads.Begin();
        _loading = _loads.ShowsSpinner;
        try
        {
            var heardAt = _loads.IsLiveReloading ? _liveChangesHeardAt : null;
            var page = await Queries.ListAsync(_filter, Sort, _page * PageSize, PageSize, heardAt);
            if (!_loads.IsLatest(load)) return;
            var lastPage = Math.Max(0, (page.TotalCount - 1) / PageSize);
            if (_page > lastPage)
            {
                // Rows went away (deleted, filtered out) under the page in view: show the last page there is.
                _page = lastPage;
                await LoadAsync();
                return;
            }
            (_rows, _count, _loadError) = (page.Items, page.TotalCount, null);
            await RefreshPresenceAsync();
        }
        catch (Exception e)
        {
            if (!_loads.IsLatest(load)) return;
            // Never the search text: it holds guests' names and e-mail addresses.
            Logger.LogError(e, "Loading the bookings list failed (a search of {WordCount} words, {StatusCount} statuses)",
                _filter.SearchWords.Words.Count, _filter.Statuses.Count);
            (_rows, _count, _loadError) = ([], 0, BookingTexts.LoadFailed);
        }
        finally
        {
            if (_loads.IsLatest(load)) _loading = false;
        }
    }

    /// <summary>"Anna is editing" beside the bookings in view that someone else has open.</summary>
    private async Task RefreshPresenceAsync()
    {
        if (_rows is null || !RendererInfo.IsInteractive) return;
        var editors = await Presence.WhoIsEditingAsync(_rows.Select(r => r.Id).ToList(), Session.CircuitId);
        _editors = editors.GroupBy(e => e.BookingId)
            .ToDictionary(g => g.Key, g => PresenceText.Describe(g.Select(e => e.DisplayName)));
    }

    /// <summary>
    /// Someone changed bookings (here or elsewhere): flash the rows that changed, refreshing just them when that is
    /// enough (<see cref="BookingRowRefresh"/>), else reloading the page in view.
    /// </summary>
    private Task OnLiveChangesAsync(IReadOnlyList<EntityChange> changes)
    {
        // The reload must show these changes; later ones bring their own reload.
        _liveChangesHeardAt = changes.Count == 0 ? null : changes.Max(c => c.ReceivedAt);
        _changedBookingIds = _flashes.After(changes.Where(c => c.BookingId is not null).Select(c => c.BookingId!.Value));
        return _loads.ReloadInPlaceAsync(LoadAsync, () => RefreshRowsOnlyAsync(changes));
    }

    private async Task<bool> RefreshRowsOnlyAsync(IReadOnlyList<EntityChange> changes)
    {
        if (_rows is not { } shown || BookingRowRefresh.RowsToRefresh(changes, shown) is not { } ids) return false;
        var load = _loads.Latest;
        var fresh = (await Queries.RowsAsync(_filter, ids, _liveChangesHeardAt)).ToDictionary(r => r.Id);
        if (!_loads.IsLatest(load) || _rows != shown) return true; // a newer load fills the list
        if (fresh.Count != ids.Count || shown.Any(r => fresh.TryGetValue(r.Id, out var row) && !BookingRowRefresh.KeepsPlace(r, row, Sort)))
            return false;
        _rows = shown.Select(r => fresh.GetValueOrDefault(r.Id) ?? r).ToList();
        return true;
    }

    /// <summary>During a live reload the page waits for the rows, then renders once.</summary>
    protected override bool ShouldRender() => !_loads.IsLiveReloading;

    private BookingFilter FilterFromQueryString() => new()
    {
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        Statuses = (Statuses ?? []).Select(s => Enum.TryParse<BookingStatus>(s, ignoreCase: true, out var status) ? status : (BookingStatus?)null)
            .OfType<BookingStatus>().Distinct().Order().ToArray(),
        StayFrom = ParseDate(From),
        StayTo = ParseDate(To),
    };

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private readonly Dictionary<BookingListItem, (string? Editing, bool Changed, MarkupString Html)> _rowMarkup =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A row as one HTML string, made again only when a load brings the row or its presence chip or flash changes: the
    /// current and the previous render tree then share one string.
    /// </summary>
    private MarkupString RowMarkup(BookingListItem booking)
    {
        var editing = _editors.GetValueOrDefault(booking.Id);
        var changed = _changedBookingIds.Contains(booking.Id);
        if (_rowMarkup.TryGetValue(booking, out var made) && made.Editing == editing && made.Changed == changed) return made.Html;
        if (_rowMarkup.Count > 4 * PageSize) _rowMarkup.Clear(); // rows of earlier loads
        var html = new MarkupString(BookingRowHtml.Row(booking, editing, changed));
        _rowMarkup[booking] = (editing, changed, html);
        return html;
    }

    private void OpenNewBooking() => Navigation.NavigateTo("bookings/new");

    /// <summary>The list as filtered and sorted now, every page of it, with the columns the grid shows.</summary>
    private Task<int> WriteCsvAsync(Stream file, Action<int> written, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(file, CsvColumns, Queries.AllAsync(_filter, new BookingSort(_listSort.Column, _listSort.Descending), cancellationToken),
            written, cancellationToken);

    private static readonly CsvColumn<BookingListItem>[] CsvColumns =
    [
        new(() => BookingTexts.CsvReservation, b => b.ReservationNumber),
        new(() => BookingTexts.CsvGuest, b => b.GuestName),
        new(() => BookingTexts.CsvRoom, b => b.RoomNumber),
        new(() => BookingTexts.CsvCheckIn, b => b.CheckIn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(() => BookingTexts.CsvCheckOut, b => b.CheckOut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(() => BookingTexts.CsvNights, b => b.Nights.ToString(CultureInfo.CurrentCulture)),
        new(() => BookingTexts.CsvStatus, b => BookingLabels.Of(b.Status)),
        new(() => BookingTexts.CsvPayment, b => BookingLabels.Of(b.PaymentStatus)),
        new(() => BookingTexts.CsvTotal, b => b.GrandTotal.ToString("0.00", CultureInfo.CurrentCulture)),
    ];
}
