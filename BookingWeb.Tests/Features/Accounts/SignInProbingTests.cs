using System.Net;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>The hosted app with a sign-in allowance of three attempts per address, and every log line kept.</summary>
public sealed class SignInLimitApp : AppFixture
{
    public const int Attempts = 3;

    public IReadOnlyList<FakeLogRecord> Log => Services.GetFakeLogCollector().GetSnapshot();

    protected override IEnumerable<string> ExtraSettings => [.. base.ExtraSettings, $"--Accounts:SignInAttemptsPerClient={Attempts}"];

    protected override void Configure(WebApplicationBuilder builder)
    {
        base.Configure(builder);
        builder.Logging.AddFakeLogging();
    }
}

/// <summary>
/// Someone trying e-mail addresses and passwords learns nothing until the password is right, one address cannot keep
/// guessing, and the operator reads who was tried from where.
/// </summary>
public class SignInProbingTests(SignInLimitApp app) : IClassFixture<SignInLimitApp>
{
    private const string NotRight = "The e-mail address or password is not right. Check them and try again.";

    [Fact]
    public async Task Unknown_known_locked_and_deactivated_accounts_answer_a_wrong_password_alike()
    {
        var known = await AccountAsync("known@test.hotel");
        var locked = await AccountAsync("lou@test.hotel", async users =>
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("lou@test.hotel"))!, DateTimeOffset.UtcNow.AddHours(1)));
        var deactivated = await AccountAsync("gene@test.hotel", async users =>
        {
            var user = (await users.FindByEmailAsync("gene@test.hotel"))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        });

        foreach (var email in new[] { "nobody@test.hotel", known.Email, locked.Email, deactivated.Email })
        {
            using var response = await HttpSignIn.PostSignInAsync(NewClient(), email, "Wrong-Pass-0000");
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(NotRight, page);
            Assert.DoesNotContain("locked", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("deactivated", page, StringComparison.OrdinalIgnoreCase);
        }

        // Only the right password tells why the account cannot sign in.
        using var lockedRight = await HttpSignIn.PostSignInAsync(NewClient(), locked.Email, locked.Password);
        Assert.Contains("this account is locked for a few minutes", await lockedRight.Content.ReadAsStringAsync());
        using var deactivatedRight = await HttpSignIn.PostSignInAsync(NewClient(), deactivated.Email, deactivated.Password);
        Assert.Contains("This account has been deactivated", await deactivatedRight.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_address_gets_a_few_attempts_and_then_a_429_that_says_to_wait()
    {
        const string address = "203.0.113.7";
        using var client = ClientFrom(address);

        for (var attempt = 1; attempt <= SignInLimitApp.Attempts; attempt++)
        {
            using var allowed = await HttpSignIn.PostSignInAsync(client, "nobody@test.hotel", "Wrong-Pass-0000");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var refused = await HttpSignIn.PostSignInAsync(client, "nobody@test.hotel", "Wrong-Pass-0000");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts from this computer", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(refused.Headers.RetryAfter);
        using var withoutForm = await client.PostAsync("/account/signin", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, withoutForm.StatusCode);
        using var inGerman = new HttpRequestMessage(HttpMethod.Post, "/account/signin");
        inGerman.Headers.AcceptLanguage.ParseAdd("de-DE");
        using var refusedInGerman = await client.SendAsync(inGerman); // as the sign-in page, in the browser's language
        Assert.Contains("Zu viele Anmeldeversuche von diesem Computer", await refusedInGerman.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin")).StatusCode); // the form itself still opens
        Assert.Contains(app.Log, r => r.Level == LogLevel.Warning && LogText.Of(r).Contains("limit") && LogText.Of(r).Contains(address));
        // Another computer behind the same proxy is not held up.
        using var other = await HttpSignIn.PostSignInAsync(ClientFrom("203.0.113.8"), "nobody@test.hotel", "Wrong-Pass-0000");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_failed_sign_in_is_logged_with_the_account_id_and_address_but_no_password_or_unknown_e_mail()
    {
        var known = await AccountAsync("logged@test.hotel");
        var id = (await FindAsync(known.Email)).Id;

        using (await HttpSignIn.PostSignInAsync(NewClient(), known.Email, "Secret-Guess-1111")) { }
        var knownFrom = LastAddress;
        using (await HttpSignIn.PostSignInAsync(NewClient(), "stranger@example.com", "Secret-Guess-2222")) { }

        var failed = app.Log.Where(r => r.Message.Contains("sign-in", StringComparison.OrdinalIgnoreCase) && r.Level == LogLevel.Warning).ToList();
        var ofKnown = Assert.Single(failed, r => r.GetStructuredStateValue("AccountId") == id);
        Assert.Equal(knownFrom, ofKnown.GetStructuredStateValue("ClientAddress"));
        Assert.Contains(failed, r => r.GetStructuredStateValue("AccountId") is null && r.GetStructuredStateValue("ClientAddress") is not null);
        Assert.DoesNotContain(app.Log, r => LogText.Of(r).Contains("Secret-Guess") || LogText.Of(r).Contains("stranger@example.com"));
    }

    /// <summary>A computer behind the (loopback, so trusted) proxy, which names it in X-Forwarded-For.</summary>
    private HttpClient ClientFrom(string address)
    {
        var client = HttpSignIn.AnonymousClient(app.BaseUrl);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>Each probe from a computer of its own, so that the allowance per address is no limit here.</summary>
    private HttpClient NewClient() => ClientFrom(LastAddress = $"198.51.100.{Interlocked.Increment(ref _nextAddress)}");

    private string LastAddress { get; set; } = "";

    private static int _nextAddress;

    private async Task<TestAccount> AccountAsync(string email, Func<UserManager<StaffUser>, Task>? then = null)
    {
        var account = new TestAccount(email, "Right-Pass-2026", email);
        await app.CreateAccountAsync(account, StaffRoles.Staff);
        if (then is not null)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await then(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
        }
        return account;
    }

    private async Task<StaffUser> FindAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!;
    }
}
