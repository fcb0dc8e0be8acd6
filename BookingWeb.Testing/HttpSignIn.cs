using System.Net;
using System.Text.RegularExpressions;

namespace BookingWeb.Testing;

/// <summary>Plain HTTP against the hosted app, the way a browser without JavaScript would: cookies kept, redirects not followed.</summary>
public static partial class HttpSignIn
{
    public static HttpClient AnonymousClient(string baseUrl, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };

    public static async Task<HttpClient> ClientAsync(string baseUrl, TestAccount account, CookieContainer? cookies = null)
    {
        var client = AnonymousClient(baseUrl, cookies);
        var response = await PostSignInAsync(client, account.Email, account.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in {account.Email} answered {(int)response.StatusCode}, not a redirect.");
        return client;
    }

    /// <summary>Fills and posts the sign-in form, hidden fields (anti-forgery token, form name) included.</summary>
    /// <param name="address">The sign-in page's address, e.g. with a ?ReturnUrl= as a link to a page brings it.</param>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string address = "/account/signin")
    {
        var form = await client.GetStringAsync(address);
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync(address, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)" */?>""")]
    private static partial Regex HiddenInput();
}
