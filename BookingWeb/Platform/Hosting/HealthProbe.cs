namespace BookingWeb.Platform.Hosting;

/// <summary>
/// <c>dotnet BookingWeb.dll --probe URL</c> asks a running instance for its health and exits 0 when it is healthy:
/// the container's HEALTHCHECK, without curl in the image.
/// </summary>
public static class HealthProbe
{
    public static bool IsRequested(string[] args) => args is ["--probe", _];

    public static async Task<int> RunAsync(string[] args)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(args[1]);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
