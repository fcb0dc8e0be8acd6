namespace BookingWeb.Collaboration.Live;

/// <summary>
/// The loads of a list that pages in the database and follows live changes. Loads overlap (keystrokes, clicks, live
/// changes) and only the latest may fill the list. A live change re-runs the list's load in place: no spinner, and
/// while it runs the page skips rendering (see <see cref="IsLiveReloading"/>), so a change costs the page one render
/// once the rows are in.
/// </summary>
public sealed class LiveGridLoads
{
    private int _latest;

    /// <summary>True while a live reload runs: the page's ShouldRender returns false meanwhile.</summary>
    public bool IsLiveReloading { get; private set; }

    /// <summary>A user-started load shows the list's progress bar; a live one swaps the rows without it.</summary>
    public bool ShowsSpinner => !IsLiveReloading;

    public int Latest => _latest;

    /// <summary>Call first in the list's load; returns the load's number for <see cref="IsLatest"/>.</summary>
    public int Begin() => ++_latest;

    /// <summary>False when a newer load started meanwhile: its result, not this one's, belongs in the list.</summary>
    public bool IsLatest(int load) => load == _latest;

    /// <summary>
    /// After live changes: <paramref name="refreshRowsOnly"/> first when given (true if it could bring the rows up to date
    /// by itself), else the list's load again. Nothing before the list's first load.
    /// </summary>
    public async Task ReloadInPlaceAsync(Func<Task> load, Func<Task<bool>>? refreshRowsOnly = null)
    {
        if (_latest == 0) return;
        IsLiveReloading = true;
        try
        {
            if (refreshRowsOnly is null || !await refreshRowsOnly()) await load();
        }
        finally
        {
            IsLiveReloading = false;
        }
    }
}
