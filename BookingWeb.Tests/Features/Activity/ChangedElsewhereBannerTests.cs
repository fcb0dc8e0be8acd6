using BookingWeb.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Features.Activity;
using BookingWeb.Realtime;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Features.Activity;

/// <summary>An open editor's banner: changed by someone (with Review), deleted by someone, gone once the editor reloads.</summary>
public class ChangedElsewhereBannerTests : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    private const string AnnaId = "user-anna-banner";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly DatabaseFixture _database;
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);
    private int _reviews;

    public ChangedElsewhereBannerTests(DatabaseFixture database)
    {
        _database = database;
        Services.AddLogging();
        Services.AddSingleton(_feed);
        Services.AddSingleton(database.ContextFactory);
        Services.AddScoped<StaffSession>();
    }

    public override async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        if (!await db.Users.AnyAsync(u => u.Id == AnnaId))
        {
            db.Users.Add(new StaffUser { Id = AnnaId, UserName = "anna.banner@test.hotel", DisplayName = "Anna Banner" });
            await db.SaveChangesAsync();
        }
    }

    private IRenderedComponent<ChangedElsewhereBanner> RenderFor(int rowId, int loadCount = 1) =>
        Render<ChangedElsewhereBanner>(p => p
            .Add(b => b.Table, ChangeTable.Guests)
            .Add(b => b.RowId, rowId)
            .Add(b => b.LoadCount, loadCount)
            .Add(b => b.OnReview, EventCallback.Factory.Create(this, () => _reviews++)));

    private void Publish(ChangeOperation operation, int id, string? by = AnnaId) =>
        _feed.PublishChange(new EntityChange(ChangeTable.Guests, operation, id, null, 2, by, "another-circuit", 1, DateTimeOffset.UtcNow));

    [Fact]
    public void A_change_by_someone_else_names_them_and_review_hands_over_to_the_editor()
    {
        var banner = RenderFor(rowId: 41);

        Publish(ChangeOperation.Update, 41);

        banner.WaitForAssertion(() => Assert.Contains("Changed by Anna Banner just now. What you typed stays; saving merges their change with yours.",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        banner.FindAll("button").Single(b => b.TextContent.Trim() == "Review").Click();
        Assert.Equal(1, _reviews);
    }

    [Fact]
    public void A_deletion_names_who_deleted_it_and_says_the_copy_is_still_on_screen()
    {
        var banner = RenderFor(rowId: 42);

        Publish(ChangeOperation.Delete, 42);

        banner.WaitForAssertion(() => Assert.Contains("Deleted by Anna Banner just now. Your copy is still on screen; nothing you typed is lost.",
            banner.Find("[data-changed-elsewhere=deleted][role=alert]").TextContent), Wait);
    }

    [Fact]
    public void A_change_from_outside_bookingweb_says_so()
    {
        var banner = RenderFor(rowId: 43);

        Publish(ChangeOperation.Update, 43, by: null);

        banner.WaitForAssertion(() => Assert.Contains("Changed by someone outside BookingWeb just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
    }

    [Fact]
    public void Another_row_s_change_says_nothing_and_the_banner_goes_once_the_editor_has_reloaded()
    {
        var banner = RenderFor(rowId: 44);

        Publish(ChangeOperation.Update, 45);
        Publish(ChangeOperation.Update, 44, by: null);
        banner.WaitForAssertion(() => Assert.Contains("Changed by someone outside BookingWeb just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        Assert.DoesNotContain("Anna", banner.Markup);
        Assert.Equal(1, _feed.SubscriberCount);

        banner.Render(p => p.Add(b => b.LoadCount, 2));

        Assert.Empty(banner.FindAll("[data-changed-elsewhere]"));
    }

    protected override void TearDown() => _feed.Dispose();
}
