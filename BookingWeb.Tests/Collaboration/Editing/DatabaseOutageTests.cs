using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Tests.Features;
using BookingWeb.Tests.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Editing;

/// <summary>The app on a PostgreSQL server of its own, which a test stops and starts again.</summary>
public sealed class StoppableDatabaseApp : AppFixture
{
    private PostgresServer? _server;
    private bool _stopped;

    protected override async Task<PostgresServer> ServerAsync() => _server = await PostgresServer.StartDedicatedAsync();

    public async Task StopDatabaseAsync()
    {
        _stopped = true;
        await _server!.StopAsync();
    }

    public async Task StartDatabaseAsync()
    {
        await _server!.StartAsync();
        _stopped = false;
    }

    /// <summary>Starts the database if a test left it stopped.</summary>
    public async Task EnsureDatabaseUpAsync()
    {
        if (_stopped) await StartDatabaseAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_server is null) return; // no server to start
        await EnsureDatabaseUpAsync();
        await base.DisposeAsync();
        await _server.DisposeAsync();
    }
}

/// <summary>
/// While the database is down nothing typed is lost and no page fails: a save says the database can't be reached and
/// works once it is back; a page load is a "database unavailable" page that loads itself again until it is back.
/// </summary>
public class DatabaseOutageTests(StoppableDatabaseApp app) : IClassFixture<StoppableDatabaseApp>, IAsyncLifetime
{
    private readonly StayTestData _data = new(app);
    private const string Unreachable = "Not saved: the database can't be reached. Your changes are still here — try again.";

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Each test finds the database up, whatever the one before did.</summary>
    public Task DisposeAsync() => app.EnsureDatabaseUpAsync();

    [Fact]
    public async Task A_guest_saved_while_the_database_is_down_keeps_the_notes_and_saves_once_it_is_back()
    {
        var guestId = (await _data.AddGuestAsync("Olga", "Ausfall")).Id;
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, $"/guests/{guestId}");
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Ausfall");

        await app.StopDatabaseAsync();
        await page.GetByLabel("Notes").FillAsync("Allergic to feathers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Unreachable, new() { Timeout = 40_000 });
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Allergic to feathers");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeEnabledAsync();

        await app.StartDatabaseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Guest saved: Olga Ausfall")).ToBeVisibleAsync();
        await using var db = app.CreateContext();
        Assert.Equal("Allergic to feathers", (await db.Guests.SingleAsync(g => g.Id == guestId)).Notes);
    }

    [Fact]
    public async Task A_booking_saved_while_the_database_is_down_keeps_the_notes_and_saves_once_it_is_back()
    {
        var bookingId = (await _data.AddStayAsync(await _data.AddRoomAsync("701"), "Stromlos", new DateOnly(2027, 10, 4), new DateOnly(2027, 10, 6))).Id;
        var page = await app.NewPageAsync();
        await EditorPage.OpenAsync(page, bookingId);

        await app.StopDatabaseAsync();
        await page.GetByLabel("Notes").FillAsync("Late arrival, around midnight");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(page.GetByTestId("form-error")).ToHaveTextAsync(Unreachable, new() { Timeout = 40_000 });
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Late arrival, around midnight");

        await app.StartDatabaseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("Booking saved")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Late arrival, around midnight");
        await using var db = app.CreateContext();
        Assert.Equal("Late arrival, around midnight", (await db.Bookings.SingleAsync(b => b.Id == bookingId)).Notes);
    }

    [Fact]
    public async Task Looking_up_and_adding_a_guest_while_the_database_is_down_says_so_in_the_booking_and_works_once_it_is_back()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings/new");
        await page.GetByLabel("Notes").FillAsync("Arrives by train");

        await app.StopDatabaseAsync();
        await page.GetByLabel("Guest").First.FillAsync("Ausf");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Could not look this up: the database can't be reached. What you typed is still here — try again in a moment.", new() { Timeout = 40_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "New guest" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("First name").FillAsync("Olga");
        await dialog.GetByLabel("Last name").FillAsync("Ausfall");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add guest" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Unreachable, new() { Timeout = 40_000 });
        await Expect(dialog.GetByLabel("Last name")).ToHaveValueAsync("Ausfall");

        await app.StartDatabaseAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add guest" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Guest").First).ToHaveValueAsync("Ausfall, Olga");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Arrives by train");
    }

    [Fact]
    public async Task A_user_account_saved_while_the_database_is_down_keeps_the_new_name_and_saves_once_it_is_back()
    {
        var userId = await app.CreateAccountAsync(new TestAccount("uwe@test.hotel", "Uwe-Pass-2026", "Uwe Unten"), StaffRoles.Staff);
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, $"/users/{userId}");
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Uwe Unten");

        await app.StopDatabaseAsync();
        await page.GetByLabel("Name").FillAsync("Uwe Oben");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Unreachable, new() { Timeout = 40_000 });
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Uwe Oben");

        await app.StartDatabaseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("User saved: Uwe Oben")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_room_deleted_while_the_database_is_down_stays_and_is_deleted_once_it_is_back()
    {
        var roomId = (await _data.AddRoomAsync("702")).Id;
        var page = await app.NewPageAsync(TestAccounts.Admin);
        await AppFixture.OpenAsync(page, $"/rooms/{roomId}");
        await Expect(page.GetByLabel("Room number")).ToHaveValueAsync("702");

        await app.StopDatabaseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Not deleted: the database can't be reached. Nothing was removed — try again.", new() { Timeout = 40_000 });
        await Expect(page.GetByLabel("Room number")).ToHaveValueAsync("702");

        await app.StartDatabaseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Room deleted: Room 702")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_signed_in_page_load_while_the_database_is_down_is_a_503_page_that_loads_itself_once_it_is_back()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests");
        await app.StopDatabaseAsync();

        var response = await page.GotoAsync("/guests");

        Assert.Equal(503, response!.Status);
        Assert.Equal("5", await response.HeaderValueAsync("Retry-After"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Database unavailable — retrying");
        Assert.DoesNotContain("Exception", await page.ContentAsync());

        await app.StartDatabaseAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Guests", new() { Timeout = 30_000 });
    }
}
