using System.Globalization;
using System.Net;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static BookingWeb.Tests.Hosting.DockerCli;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Hosting;

/// <summary>The image the Dockerfile builds, run next to PostgreSQL with nothing but environment variables.</summary>
public class ContainerImageTests(ContainerApp container) : IClassFixture<ContainerApp>
{
    [Fact]
    public async Task The_bootstrap_admin_signs_in_and_a_booking_made_in_one_page_appears_live_in_a_second()
    {
        var context = await LiveBookingInContainers.SignedInAdminAsync(container.BaseUrl);
        try
        {
            await LiveBookingInContainers.BookAndSeeItLiveAsync(context, container.ConnectionString, container.BaseUrl, container.BaseUrl);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task In_a_container_on_utc_the_dashboard_shows_the_hotels_today()
    {
        Assert.Equal("UTC", await DockerAsync("exec", container.AppContainer, "date", "+%Z"));
        var context = await LiveBookingInContainers.SignedInAdminAsync(container.BaseUrl);
        try
        {
            var page = await context.NewPageAsync();
            await AppFixture.OpenAsync(page, $"{container.BaseUrl}/");
            var today = TestHotel.Today.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Today, {today}");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_app_runs_as_the_unprivileged_app_user_and_its_health_answers_over_plain_http()
    {
        Assert.Equal("1654", await DockerAsync("exec", container.AppContainer, "id", "-u"));

        using var client = new HttpClient { BaseAddress = new Uri(container.BaseUrl) };
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("all migrations applied", await ready.Content.ReadAsStringAsync());
    }
}
