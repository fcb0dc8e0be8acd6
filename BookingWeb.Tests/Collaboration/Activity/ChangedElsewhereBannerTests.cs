using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.Activity;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Collaboration.Activity;

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
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<SharedReads>();
        Services.AddScoped<ChangeConfirmation>();
        Services.AddSingleton<StaffAccountWatch>();
        Services.AddOptions<AccountsOptions>();
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

    private async Task<int> NewGuestAsync()
    {
        await using var db = _database.CreateContext();
        var guest = new Guest { FirstName = "Bea", LastName = "Banner" };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest.Id;
    }

    /// <summary>
    /// Changes (or deletes) the guest for real as <paramref name="by"/> and announces it as the listener would, the
    /// notification naming <paramref name="claimedBy"/> (a forger's choice; by default the truth).
    /// </summary>
    private async Task ChangeAsync(ChangeOperation operation, int guestId, string? by = AnnaId, string? claimedBy = null)
    {
        await using (var db = _database.CreateContext(by))
        {
            var guest = await db.Guests.SingleAsync(g => g.Id == guestId);
            if (operation == ChangeOperation.Delete) db.Guests.Remove(guest);
            else guest.Notes = Guid.NewGuid().ToString();
            await db.SaveChangesAsync();
        }
        Publish(operation, guestId, await LatestAuditIdAsync(guestId), claimedBy ?? by);
    }

    private async Task<long> LatestAuditIdAsync(int guestId)
    {
        await using var db = _database.CreateContext();
        return await db.Database
            .SqlQuery<long>($"SELECT max(id) AS \"Value\" FROM audit_log WHERE table_name = 'guests' AND row_id = {guestId}")
            .SingleAsync();
    }

    private void Publish(ChangeOperation operation, int id, long auditId, string? by) =>
        _feed.PublishChange(new EntityChange(ChangeTable.Guests, operation, id, null,
            operation == ChangeOperation.Delete ? null : 2, by, "another-circuit", auditId, DateTimeOffset.UtcNow));

    [Fact]
    public async Task A_change_by_someone_else_names_them_and_review_hands_over_to_the_editor()
    {
        var id = await NewGuestAsync();
        var banner = RenderFor(id);

        await ChangeAsync(ChangeOperation.Update, id);

        banner.WaitForAssertion(() => Assert.Contains("Changed by Anna Banner just now. What you typed stays; saving merges their change with yours.",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        banner.FindAll("button").Single(b => b.TextContent.Trim() == "Review").Click();
        Assert.Equal(1, _reviews);
    }

    [Fact]
    public async Task A_deletion_names_who_deleted_it_and_says_the_copy_is_still_on_screen()
    {
        var id = await NewGuestAsync();
        var banner = RenderFor(id);

        await ChangeAsync(ChangeOperation.Delete, id);

        banner.WaitForAssertion(() => Assert.Contains("Deleted by Anna Banner just now. Your copy is still on screen; nothing you typed is lost.",
            banner.Find("[data-changed-elsewhere=deleted][role=alert]").TextContent), Wait);
    }

    [Fact]
    public async Task A_change_from_outside_bookingweb_says_so_even_when_the_notification_names_someone()
    {
        var id = await NewGuestAsync();
        var banner = RenderFor(id);

        await ChangeAsync(ChangeOperation.Update, id, by: null, claimedBy: AnnaId);

        banner.WaitForAssertion(() => Assert.Contains("Changed by someone outside BookingWeb just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        Assert.DoesNotContain("Anna", banner.Markup);
    }

    [Fact]
    public async Task A_forged_deletion_of_a_guest_that_still_exists_says_nothing()
    {
        var id = await NewGuestAsync();
        var banner = RenderFor(id);
        var insertAuditId = await LatestAuditIdAsync(id);

        Publish(ChangeOperation.Delete, id, auditId: insertAuditId, by: AnnaId); // a real audit row, but not a deletion
        Publish(ChangeOperation.Delete, id, auditId: long.MaxValue, by: AnnaId); // no audit row at all
        await ChangeAsync(ChangeOperation.Update, id, by: null); // then a real change, to know the forgeries were handled

        banner.WaitForAssertion(() => Assert.Contains("Changed by someone outside BookingWeb just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        Assert.Empty(banner.FindAll("[data-changed-elsewhere=deleted]"));
        Assert.DoesNotContain("Anna", banner.Markup);
    }

    [Fact]
    public async Task Another_row_s_change_says_nothing_and_the_banner_goes_once_the_editor_has_reloaded()
    {
        var (id, other) = (await NewGuestAsync(), await NewGuestAsync());
        var banner = RenderFor(id);

        await ChangeAsync(ChangeOperation.Update, other);
        await ChangeAsync(ChangeOperation.Update, id, by: null);
        banner.WaitForAssertion(() => Assert.Contains("Changed by someone outside BookingWeb just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        Assert.DoesNotContain("Anna", banner.Markup);
        Assert.Equal(1, _feed.SubscriberCount);

        banner.Render(p => p.Add(b => b.LoadCount, 2));

        Assert.Empty(banner.FindAll("[data-changed-elsewhere]"));
    }

    [Fact]
    public async Task A_bulk_update_that_includes_the_guest_names_who_made_it()
    {
        var id = await NewGuestAsync();
        var banner = RenderFor(id);

        await BulkUpdateGuestsAsync(includes: id);

        banner.WaitForAssertion(() => Assert.Contains("Changed by Anna Banner just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
    }

    [Fact]
    public async Task A_bulk_update_of_other_guests_says_nothing()
    {
        var id = await NewGuestAsync();
        var banner = RenderFor(id);

        await BulkUpdateGuestsAsync(includes: null);
        await ChangeAsync(ChangeOperation.Update, id, by: null); // then a real change, to know the bulk notice was handled

        banner.WaitForAssertion(() => Assert.Contains("Changed by someone outside BookingWeb just now",
            banner.Find("[data-changed-elsewhere=changed]").TextContent), Wait);
        Assert.DoesNotContain("Anna", banner.Markup);
    }

    /// <summary>As Anna, one UPDATE of 150 fresh guests (and <paramref name="includes"/>), announced as the bulk notice it sends.</summary>
    private async Task BulkUpdateGuestsAsync(int? includes)
    {
        await using var db = _database.CreateContext(AnnaId);
        var others = Enumerable.Range(0, 150).Select(_ => new Guest { FirstName = "Many", LastName = "Banner" }).ToList();
        db.Guests.AddRange(others);
        await db.SaveChangesAsync();
        var ids = others.Select(g => g.Id).Append(includes ?? others[0].Id).ToArray();
        var before = await db.Database.SqlQuery<long>($"SELECT coalesce(max(id), 0) AS \"Value\" FROM audit_log").SingleAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync()) // the transaction says who saves
        {
            await db.Database.ExecuteSqlAsync($"UPDATE guests SET notes = 'bulk' WHERE id = ANY({ids})");
            await transaction.CommitAsync();
        }
        var range = await db.Database.SqlQuery<long>(
            $"SELECT id AS \"Value\" FROM audit_log WHERE id > {before} AND table_name = 'guests' AND operation = 'UPDATE'").ToListAsync();
        _feed.PublishChange(new EntityChange(ChangeTable.Guests, ChangeOperation.Update, 0, null, null, AnnaId, "another-circuit",
            range.Min(), DateTimeOffset.UtcNow, new BulkChange(range.Count, range.Max())));
    }

    protected override void TearDown() => _feed.Dispose();
}
