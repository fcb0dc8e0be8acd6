using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Features.Guests;
using BookingWeb.Platform.Identity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BookingWeb.Tests.Collaboration.Editing;

/// <summary>
/// The panels under an editor's form (a guest's bookings, a record's History) read the database on their own: when it
/// can't be reached they say so in place, and nothing is thrown to the page, which would replace the form being typed in.
/// </summary>
public class EditorPanelsOutageTests : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public EditorPanelsOutageTests(DatabaseFixture database)
    {
        var unreachable = UnreachableDatabase.For(database);
        Services.AddSingleton(_feed);
        Services.AddSingleton(new GuestService(unreachable, new GuestRules(), new StaffSession(SignedIn(TestUser.Staff)),
            TestHotel.Clock(), NullLogger<GuestService>.Instance));
        Services.AddSingleton(services => new RecordHistory(unreachable, new StaffAccountWatch(_feed, services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new AccountsOptions()), NullLogger<StaffAccountWatch>.Instance)));
    }

    private static IServiceProvider SignedIn(TestUser user)
    {
        var authentication = new ServerAuthenticationStateProvider();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(user.Principal)));
        return new ServiceCollection().AddSingleton<AuthenticationStateProvider>(authentication).BuildServiceProvider();
    }

    [Fact]
    public void A_guests_bookings_that_cannot_be_read_are_said_to_be_unreachable_in_place()
    {
        var panel = Render<GuestBookingHistory>(p => p.Add(c => c.GuestId, 7));

        panel.WaitForAssertion(() => Assert.Contains("the database can't be reached", panel.Find("[data-testid=booking-history-failure]").TextContent),
            TimeSpan.FromSeconds(10));
        Assert.Empty(panel.FindAll("[role=progressbar]"));
    }

    [Fact]
    public void A_history_that_cannot_be_read_is_said_to_be_unreachable_in_place()
    {
        var history = Render<HistoryList>(p => p.Add(c => c.Table, ChangeTable.Guests).Add(c => c.RowId, 7));

        history.WaitForAssertion(() => Assert.Contains("the database can't be reached", history.Find("[data-testid=history-failure]").TextContent),
            TimeSpan.FromSeconds(10));
    }

    protected override void TearDown() => _feed.Dispose();
}
