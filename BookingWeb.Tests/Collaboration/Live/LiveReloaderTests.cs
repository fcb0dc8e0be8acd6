using BookingWeb.Collaboration.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BookingWeb.Tests.Collaboration.Live;

public sealed class LiveReloaderTests : IDisposable
{
    private const int BookingId = 1;
    private readonly ChangeFeed _feed = new(new ListLogger<ChangeFeed>());
    private readonly FakeTimeProvider _time = new();
    private readonly ListLogger<LiveReloader> _log = new();
    private readonly Recorder<IReadOnlyList<EntityChange>> _reloads = new();
    private readonly Recorder<EntityChange> _delivered = new();
    private readonly IDisposable _deliveryWitness;
    private Func<IReadOnlyList<EntityChange>, Task>? _reloadOverride;

    public LiveReloaderTests() => _deliveryWitness = _feed.Subscribe(onChange: _delivered.Add);

    private LiveReloader StartReloader() => new(
        _feed,
        ChangeFilter.ForBooking(BookingId),
        changes => _reloadOverride?.Invoke(changes) ?? Record(changes),
        work => work(),
        _log,
        _time);

    [Fact]
    public async Task The_first_change_after_a_quiet_moment_reloads_at_once()
    {
        using var reloader = StartReloader();

        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, BookingId, BookingId));

        var reloads = await _reloads.WaitUntilAsync(r => r.Count == 1, "one reload ran without time passing");
        Assert.Equal(BookingId, Assert.Single(reloads[0]).Id);
    }

    [Fact]
    public async Task A_burst_of_changes_costs_a_few_reloads_and_the_last_one_follows_the_last_change()
    {
        using var reloader = StartReloader();

        for (var id = 1; id <= 100; id++)
            _feed.PublishChange(Changes.Of(ChangeTable.Reminders, id, BookingId));
        await AllDeliveredAsync();
        await Eventually.TrueAsync(() =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            return _reloads.Items.LastOrDefault()?.LastOrDefault()?.Id == 100;
        }, "a reload showed the last change");

        var reloads = _reloads.Items;
        Assert.InRange(reloads.Count, 1, 3);
        Assert.Equal(Enumerable.Range(1, 100), reloads.SelectMany(batch => batch).Select(change => change.Id));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(reloads.Count, _reloads.Items.Count);
    }

    [Fact]
    public async Task Changes_elsewhere_do_not_reload()
    {
        using var reloader = StartReloader();

        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, 2, 2));
        _feed.PublishChange(Changes.Of(ChangeTable.Guests, BookingId));
        await AllDeliveredAsync();
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(_reloads.Items);
    }

    [Fact]
    public async Task A_resync_reloads_with_no_changes_listed()
    {
        using var reloader = StartReloader();

        _feed.PublishResync();

        var reloads = await _reloads.WaitUntilAsync(r => r.Count == 1, "the resync reloaded");
        Assert.Empty(reloads[0]);
    }

    [Fact]
    public async Task A_failing_reload_is_logged_and_the_next_change_still_reloads()
    {
        using var reloader = StartReloader();
        _reloadOverride = _ => throw new InvalidOperationException("database gone");
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, BookingId, BookingId));
        await Eventually.TrueAsync(() => _log.Entries.Any(e => e.Level == LogLevel.Error), "the failure was logged");

        _reloadOverride = null;
        _feed.PublishChange(Changes.Of(ChangeTable.Discounts, 5, BookingId));
        await Eventually.TrueAsync(() =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            return _reloads.Items.Count == 1;
        }, "the next change reloaded");
    }

    [Fact]
    public async Task A_reload_cut_off_by_its_page_closing_is_no_error()
    {
        var reloader = StartReloader();
        var closing = new TaskCompletionSource();
        _reloadOverride = async _ =>
        {
            await closing.Task;
            throw new ObjectDisposedException("IServiceProvider");
        };
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, BookingId, BookingId));
        await AllDeliveredAsync();

        reloader.Dispose();
        closing.SetResult();

        await Eventually.TrueAsync(() => _log.Entries.Any(e => e.Level == LogLevel.Debug), "the skipped reload was noted");
        Assert.DoesNotContain(_log.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_disposed_reloader_unsubscribes_and_never_reloads_again()
    {
        var reloader = StartReloader();
        Assert.Equal(2, _feed.SubscriberCount);

        await reloader.DisposeAsync();
        reloader.Dispose();
        _feed.PublishChange(Changes.Of(ChangeTable.Bookings, BookingId, BookingId));
        await AllDeliveredAsync();
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(_reloads.Items);
        Assert.Equal(1, _feed.SubscriberCount);
    }

    private Task Record(IReadOnlyList<EntityChange> changes)
    {
        _reloads.Add(changes);
        return Task.CompletedTask;
    }

    /// <summary>The feed delivers in order, so once the witness sees a marker every earlier change reached the reloader.</summary>
    private async Task AllDeliveredAsync()
    {
        var marker = Changes.Of(ChangeTable.Rooms, -1);
        _feed.PublishChange(marker);
        await _delivered.WaitForAsync(change => change == marker, "the feed delivered everything published so far");
    }

    public void Dispose()
    {
        _deliveryWitness.Dispose();
        _feed.Dispose();
    }
}
