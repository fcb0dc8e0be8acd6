using System.Collections.Concurrent;
using System.Threading.Channels;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using BookingWeb.Platform.Identity;

namespace BookingWeb.Collaboration.Live;

/// <summary>
/// Every account's active flag, security stamp, display name and language, held in memory once per instance so that open
/// circuits recheck their user, and live toasts name people, without asking the database. The users table announces a
/// new account and a change of any of the three on the change channel (migrations AccountChangeNotifications,
/// StaffNameNotifications); then, and after a resync, this reloads the accounts once (one query, however many circuits
/// are open) and has every watching circuit compare. Notifications cannot arrive while live updates are
/// paused, so meanwhile it reloads every <see cref="AccountsOptions.RevalidationIntervalSeconds"/> instead.
/// </summary>
public sealed class StaffAccountWatch(
    ChangeFeed feed, IServiceScopeFactory scopes, IOptions<AccountsOptions> options, ILogger<StaffAccountWatch> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<long, Action> _watchers = new();
    private readonly Channel<bool> _wake =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, bool> _deleted = new();
    private readonly ConcurrentDictionary<string, ChosenLanguage> _chosenLanguages = new();
    private long _lastChoice;
    private IReadOnlyDictionary<string, AccountStamp>? _accounts;
    private long _lastWatcherId;

    /// <summary>
    /// Whether the account is still active with this security stamp as last loaded. True until the accounts are first
    /// loaded, and for an account created since (the request that signed it in checked it in the database).
    /// </summary>
    public bool IsStillValid(string userId, string securityStamp) =>
        Volatile.Read(ref _accounts) is not { } accounts
        || (accounts.TryGetValue(userId, out var account)
            ? account.IsActive && account.SecurityStamp == securityStamp
            : !_deleted.ContainsKey(userId));

    /// <summary>
    /// The display names of these users (see <see cref="StaffNames.NameOf"/>). Known accounts cost nothing; only an id
    /// not loaded yet (an account created a moment ago, or before the first load) is looked up.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken = default)
    {
        var accounts = Volatile.Read(ref _accounts);
        var names = new Dictionary<string, string>();
        List<string>? unknown = null;
        foreach (var id in userIds.OfType<string>().Where(id => id.Length > 0).Distinct())
        {
            if (accounts is not null && accounts.TryGetValue(id, out var account)) names[id] = account.DisplayName;
            else if (!_deleted.ContainsKey(id)) (unknown ??= []).Add(id);
        }
        if (unknown is null) return names;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        foreach (var (id, name) in await StaffNames.LookupAsync(db, unknown, cancellationToken)) names[id] = name;
        return names;
    }

    /// <summary>
    /// The language <paramref name="userId"/> chose (null: the hotel's default). Known accounts cost nothing; before the
    /// first load, or for an account created since, it is read from the database.
    /// </summary>
    public async ValueTask<string?> LanguageOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (_chosenLanguages.TryGetValue(userId, out var chosen)) return chosen.Language;
        if (Volatile.Read(ref _accounts) is { } accounts && accounts.TryGetValue(userId, out var account)) return account.Language;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The person just saved <paramref name="language"/> through this instance: the page it redirects to must speak it
    /// even before the users table's notification reloads the accounts (until a reload has read it).
    /// </summary>
    public void LanguageChosen(string userId, string language) =>
        _chosenLanguages[userId] = new ChosenLanguage(language, Interlocked.Increment(ref _lastChoice));

    /// <summary>Reload soon and recheck every watcher: a circuit saw a sign-in the accounts held here disagree with.</summary>
    public void RequestReload() => Wake();

    /// <summary>Calls <paramref name="recheck"/> after every reload of the accounts, until disposed.</summary>
    public IDisposable Watch(Action recheck)
    {
        var id = Interlocked.Increment(ref _lastWatcherId);
        // The watcher (a page's circuit) reads its own language when called back from this background service.
        var (formats, texts) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        _watchers[id] = () =>
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (formats, texts);
            recheck();
        };
        return new Watcher(this, id);
    }

    public int WatcherCount => _watchers.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(
            onChange: change => { if (change.Table == ChangeTable.StaffAccounts) Wake(); },
            onResync: Wake,
            onStateChanged: state => { if (!state.IsLive) Wake(); });
        var interval = TimeSpan.FromSeconds(options.Value.RevalidationIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var loaded = await ReloadAsync(stoppingToken);
            if (loaded)
                foreach (var recheck in _watchers.Values) recheck();
            var polling = !loaded || !feed.State.IsLive;
            if (!await WaitForWakeAsync(polling ? interval : Timeout.InfiniteTimeSpan, stoppingToken)) return;
        }
    }

    private void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>False once the app stops; true when woken or when <paramref name="timeout"/> passed.</summary>
    private async Task<bool> WaitForWakeAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        waiting.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The polling interval passed.
        }
        return !stoppingToken.IsCancellationRequested;
    }

    private async Task<bool> ReloadAsync(CancellationToken stoppingToken)
    {
        var choicesBefore = Interlocked.Read(ref _lastChoice);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingDbContext>>()
                .CreateDbContextAsync(stoppingToken);
            var accounts = await db.Users.AsNoTracking()
                .Select(u => new { u.Id, u.IsActive, u.SecurityStamp, u.DisplayName, u.Language })
                .ToDictionaryAsync(u => u.Id, u => new AccountStamp(u.IsActive, u.SecurityStamp, u.DisplayName, u.Language), stoppingToken);
            foreach (var id in _accounts?.Keys.Except(accounts.Keys) ?? []) _deleted[id] = true;
            Volatile.Write(ref _accounts, accounts);
            // A choice saved before this load began is in what it read; a later one waits for the next load.
            foreach (var choice in _chosenLanguages.Where(c => c.Value.Sequence <= choicesBefore))
                _chosenLanguages.TryRemove(choice);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A database blip must not sign everybody out: keep what we knew and try again after the interval.
            logger.LogWarning(exception, "Could not reload the staff accounts; open pages keep their sign-in until the next try");
            return false;
        }
    }

    private sealed record ChosenLanguage(string Language, long Sequence);

    private sealed record AccountStamp(bool IsActive, string? SecurityStamp, string DisplayName, string? Language);

    private sealed class Watcher(StaffAccountWatch watch, long id) : IDisposable
    {
        public void Dispose() => watch._watchers.TryRemove(id, out _);
    }
}
