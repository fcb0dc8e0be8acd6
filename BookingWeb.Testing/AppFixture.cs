using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingWeb.Testing;

/// <summary>
/// The real app, hosted in the test process on a free loopback port against this class's fresh database,
/// plus pages in the run's shared headless Chromium, signed in as one of the <see cref="TestAccounts"/>.
/// </summary>
public class AppFixture : DatabaseFixture
{
    private WebApplication? _app;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Dictionary<TestAccount, string> _signedInStates = [];
    private readonly SemaphoreSlim _signInLock = new(1, 1);

    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>More command-line settings for the hosted app; later ones win over the defaults above.</summary>
    protected virtual IEnumerable<string> ExtraSettings => [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _app = BookingWebApp.Build(
        [
            "--environment", "Testing",
            "--applicationName", "BookingWeb",
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:BookingWeb={ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
            $"--Accounts:BootstrapAdminEmail={TestAccounts.Admin.Email}",
            $"--Accounts:BootstrapAdminPassword={TestAccounts.Admin.Password}",
            "--Accounts:SignInAttemptsPerClient=1000", // every test signs in from loopback
            "--Hotel:Language=en", // the tests read English; the German pages have tests of their own
            .. ExtraSettings,
        ], Configure);
        await _app.Services.MigrateAndSeedAsync();
        await CreateAccountsAsync();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
    }

    /// <summary>More of the host's set-up (logging providers …) before the app is built.</summary>
    protected virtual void Configure(WebApplicationBuilder builder) => builder.WebHost.UseStaticWebAssets();

    /// <summary>The accounts beside the bootstrap admin; a second app on the same database creates none.</summary>
    protected virtual Task CreateAccountsAsync() => CreateAccountAsync(TestAccounts.Staff, StaffRoles.Staff);

    /// <summary>
    /// A new browser page (its own cookies) signed in as <paramref name="account"/> (staff by default; null: signed out),
    /// with the base URL set. Open addresses with <see cref="OpenAsync"/> to wait for the live circuit.
    /// </summary>
    public async Task<IPage> NewPageAsync(TestAccount? account = null, bool signedOut = false)
    {
        account ??= TestAccounts.Staff;
        var storageState = signedOut ? null : await SignedInStateAsync(account);
        var page = await NewContextPageAsync(storageState);
        return page;
    }

    /// <summary>Signs in once per account through the real sign-in form, then reuses its cookies for every later page.</summary>
    private async Task<string> SignedInStateAsync(TestAccount account)
    {
        await _signInLock.WaitAsync();
        try
        {
            if (_signedInStates.TryGetValue(account, out var state)) return state;
            var page = await NewContextPageAsync(null);
            await SignInAsync(page, account);
            state = await page.Context.StorageStateAsync();
            _signedInStates[account] = state;
            return state;
        }
        finally { _signInLock.Release(); }
    }

    public static async Task SignInAsync(IPage page, TestAccount account)
    {
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("E-mail").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin"));
    }

    /// <summary>A signed-out page in a browser whose language is <paramref name="locale"/> (what it sends as Accept-Language).</summary>
    public Task<IPage> NewSignedOutPageAsync(string locale) => NewContextPageAsync(null, locale);

    private async Task<IPage> NewContextPageAsync(string? storageState, string locale = "en-GB")
    {
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = locale,
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        lock (_contexts) _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A real account in this app's database; returns its id.</summary>
    public async Task<string> CreateAccountAsync(TestAccount account, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = account.Email, Email = account.Email, DisplayName = account.DisplayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    /// <summary>A scope of the running app in which <paramref name="user"/> is signed in, as inside their circuit.</summary>
    public AsyncServiceScope ScopeSignedInAs(TestUser user)
    {
        var scope = Services.CreateAsyncScope();
        var authentication = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(user.Principal)));
        return scope;
    }

    /// <summary>Opens a path and waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        // Up to 30 s: on a CI machine busy building container images beside the browser tests, a first connect has taken over 15.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-circuit-ready]') !== null",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    }

    public override async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
