using System.Globalization;
using System.Net;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static BookingWeb.Tests.Platform.Hosting.DockerCli;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Platform.Hosting;

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
    public async Task In_a_container_on_utc_a_reminders_time_is_the_hotels_winter_and_summer()
    {
        int bookingId;
        await using (var db = new BookingDbContext(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(container.ConnectionString).Options))
        {
            var booking = new Booking
            {
                ReservationNumber = "RES-2030-0901", Room = new Room { Number = "T1", BaseRate = 90 },
                Guest = new Guest { FirstName = "Tim", LastName = "Zone" },
                CheckIn = new DateOnly(2030, 1, 14), CheckOut = new DateOnly(2030, 7, 16), RatePerNight = 90,
                Reminders =
                [
                    new Reminder { Text = "Winter", DueAt = new DateTimeOffset(2030, 1, 15, 8, 0, 0, TimeSpan.Zero) },
                    new Reminder { Text = "Summer", DueAt = new DateTimeOffset(2030, 7, 15, 7, 0, 0, TimeSpan.Zero) },
                ],
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            bookingId = booking.Id;
        }
        var context = await LiveBookingInContainers.SignedInAdminAsync(container.BaseUrl);
        try
        {
            var page = await context.NewPageAsync();
            await AppFixture.OpenAsync(page, $"{container.BaseUrl}/bookings/{bookingId}");

            // 08:00 UTC in January and 07:00 UTC in July are both 09:00 at a hotel in Berlin.
            await Expect(page.GetByLabel("Reminder 1 due")).ToHaveValueAsync("2030-01-15T09:00");
            await Expect(page.GetByLabel("Reminder 2 due")).ToHaveValueAsync("2030-07-15T09:00");
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
