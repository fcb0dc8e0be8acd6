using System.Net;
using System.Net.WebSockets;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>Signing out, the live connection and the way back after signing in hold against requests a browser would never send.</summary>
public class SessionEndpointsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Sign_out_without_the_forms_anti_forgery_token_is_refused_with_400_and_the_session_stays()
    {
        var cookies = new CookieContainer();
        using var client = await HttpSignIn.ClientAsync(app.BaseUrl, TestAccounts.Staff, cookies);

        using var withoutToken = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));
        using var withoutForm = await client.PostAsync("/account/signout", null);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutForm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/guests")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_users_old_cookie_opens_no_live_connection_whatever_its_id()
    {
        var account = new TestAccount("old-cookie@test.hotel", "Old-Cookie-2026", "Olga Old");
        var id = await app.CreateAccountAsync(account, StaffRoles.Staff);
        var cookies = new CookieContainer();
        using var client = await HttpSignIn.ClientAsync(app.BaseUrl, account, cookies);
        Assert.Equal(WebSocketState.Open, await ConnectAsync(cookies, "/_blazor?id="));
        var negotiatedWhileActive = await NegotiateAsync(client);

        await Sql.ExecuteAsync(app.ConnectionString, $"UPDATE users SET is_active = false WHERE id = '{id}'");

        foreach (var path in new[] { "/_blazor?id=", "/_blazor", "/_blazor?id=&id=", $"/_blazor?id={negotiatedWhileActive}" })
            Assert.NotEqual(WebSocketState.Open, await ConnectAsync(cookies, path));
    }

    [Fact]
    public async Task A_sign_in_link_back_to_a_page_with_non_ascii_characters_signs_in_and_returns_there()
    {
        using var client = HttpSignIn.AnonymousClient(app.BaseUrl);
        var returnUrl = Uri.EscapeDataString("/guests?q=Müller Straße");

        using var signedIn = await HttpSignIn.PostSignInAsync(client, TestAccounts.Staff.Email, TestAccounts.Staff.Password,
            $"/account/signin?ReturnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/guests?q=M%C3%BCller%20Stra%C3%9Fe", InThisApp(signedIn.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(signedIn.Headers.Location)).StatusCode);
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/ü")]
    [InlineData("/\\elsewhere.example")]
    [InlineData("/\telsewhere")]
    public async Task A_sign_in_link_back_to_another_site_lands_on_the_start_page(string returnUrl)
    {
        using var client = HttpSignIn.AnonymousClient(app.BaseUrl);

        using var signedIn = await HttpSignIn.PostSignInAsync(client, TestAccounts.Staff.Email, TestAccounts.Staff.Password,
            $"/account/signin?ReturnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", InThisApp(signedIn.Headers.Location!));
    }

    /// <summary>The path and query of a redirect, which must lead to this app (Blazor writes it absolute).</summary>
    private string InThisApp(Uri location)
    {
        if (!location.IsAbsoluteUri) return location.OriginalString;
        Assert.Equal(new Uri(app.BaseUrl).Authority, location.Authority);
        return location.PathAndQuery;
    }

    /// <summary>The connection token SignalR hands out for a new connection, as blazor.web.js asks for it.</summary>
    private static async Task<string> NegotiateAsync(HttpClient client)
    {
        using var negotiated = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiated.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync());
        return Uri.EscapeDataString(json.RootElement.GetProperty("connectionToken").GetString()!);
    }

    private async Task<WebSocketState> ConnectAsync(CookieContainer cookies, string path)
    {
        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        try
        {
            await socket.ConnectAsync(new Uri(app.BaseUrl.Replace("http://", "ws://") + path), CancellationToken.None);
        }
        catch (WebSocketException)
        {
            return socket.State; // the server answered with a redirect or 401 instead of opening the socket
        }
        var state = socket.State;
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        return state;
    }
}
