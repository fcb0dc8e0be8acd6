using BookingWeb.Collaboration.Merging;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>What an editor says after someone else's save: merged, a clash put off (Review), or deleted (re-create / discard).</summary>
public class MergeBannersTests : ComponentTestContext
{
    [Fact]
    public void Nothing_is_said_while_nothing_happened()
    {
        var banners = Render<MergeBanners>();

        Assert.Empty(banners.FindAll("[role=alert], [role=status]"));
    }

    [Fact]
    public void A_merge_is_told_in_its_sentence()
    {
        var banners = Render<MergeBanners>(p => p.Add(b => b.Summary, "Anna saved a new phone; saved your city."));

        Assert.Equal("Anna saved a new phone; saved your city.", banners.Find("[data-testid=merge-summary]").TextContent.Trim());
    }

    [Fact]
    public void A_clash_put_off_names_who_saved_and_review_reopens_it()
    {
        var reviewed = 0;
        var conflict = new MergeConflict([], "Anna", null);
        var banners = Render<MergeBanners>(p => p.Add(b => b.Pending, conflict).Add(b => b.OnReview, () => reviewed++));

        var pending = banners.Find("[data-testid=merge-pending]");
        Assert.Contains("Anna saved this while you were editing; your changes are not saved yet.", pending.TextContent);
        banners.FindAll("button").Single(b => b.TextContent.Trim() == "Review changes").Click();

        Assert.Equal(1, reviewed);
    }

    [Fact]
    public void A_deletion_offers_to_re_create_from_my_copy_or_to_discard_it()
    {
        var (recreated, discarded) = (0, 0);
        var banners = Render<MergeBanners>(p => p
            .Add(b => b.Deleted, "Ben deleted this guest at 14:02 while you were editing it.")
            .Add(b => b.OnRecreate, () => recreated++)
            .Add(b => b.OnDiscard, () => discarded++));

        var deleted = banners.Find("[data-testid=deleted-meanwhile]");
        Assert.Equal("alert", deleted.GetAttribute("role"));
        Assert.Contains("Ben deleted this guest at 14:02 while you were editing it. Your changes are still on screen.", deleted.TextContent);
        banners.FindAll("button").Single(b => b.TextContent.Trim() == "Re-create from my copy").Click();
        banners.FindAll("button").Single(b => b.TextContent.Trim() == "Discard my changes").Click();

        Assert.Equal((1, 1), (recreated, discarded));
    }
}
