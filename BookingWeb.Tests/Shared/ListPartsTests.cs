using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Shared;

/// <summary>The pieces every list shares: header buttons that sort, and the pager's sentence and buttons.</summary>
public class ListPartsTests : ComponentTestContext
{
    private ListSort? _sorted;
    private int? _page;

    private static readonly SortColumn[] Columns = [new("Name", "Name"), new("City", "City", Class: "money")];

    private IRenderedComponent<SortHeaders> Headers(ListSort sort) => Render<SortHeaders>(p => p
        .Add(h => h.Columns, Columns).Add(h => h.Sort, sort)
        .Add(h => h.SortChanged, (ListSort s) => _sorted = s));

    private static AngleSharp.Dom.IElement City(IRenderedComponent<SortHeaders> headers) => headers.FindAll("th")[1];

    [Fact]
    public void A_header_is_a_button_named_by_its_column_that_sorts_ascending_first_then_flips()
    {
        var headers = Headers(new ListSort("Name"));
        Assert.Equal(["Name", "City"], headers.FindAll("th button[type=button]").Select(b => b.TextContent.Trim()));
        Assert.Equal("ascending", headers.FindAll("th")[0].GetAttribute("aria-sort"));
        Assert.Equal("none", City(headers).GetAttribute("aria-sort"));
        Assert.Equal("money", City(headers).GetAttribute("class"));

        City(headers).QuerySelector("button")!.Click();
        Assert.Equal(new ListSort("City"), _sorted);

        var sorted = Headers(new ListSort("City"));
        Assert.Equal("ascending", City(sorted).GetAttribute("aria-sort"));
        City(sorted).QuerySelector("button")!.Click();
        Assert.Equal(new ListSort("City", Descending: true), _sorted);
        Assert.Equal("descending", City(Headers(new ListSort("City", true))).GetAttribute("aria-sort"));
    }

    [Fact]
    public void Headers_follow_a_new_sort_from_the_list_but_do_not_render_again_for_the_same_one()
    {
        var headers = Headers(new ListSort("Name"));
        var renders = headers.RenderCount;

        // The list re-renders (a live reload, a loading bar) and hands the same sort again: nothing to draw.
        headers.Render(p => p.Add(h => h.Columns, Columns).Add(h => h.Sort, new ListSort("Name"))
            .Add(h => h.SortChanged, (ListSort s) => _sorted = s));
        Assert.Equal(renders, headers.RenderCount);

        headers.Render(p => p.Add(h => h.Columns, Columns).Add(h => h.Sort, new ListSort("City", Descending: true))
            .Add(h => h.SortChanged, (ListSort s) => _sorted = s));
        Assert.Equal("descending", City(headers).GetAttribute("aria-sort"));
        Assert.Equal("none", headers.FindAll("th")[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public void The_pager_says_which_page_of_how_many_and_moves_to_the_page_clicked()
    {
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 25).Add(x => x.Count, 60)
            .Add(x => x.Noun, "booking").Add(x => x.PageChanged, (int page) => _page = page));

        Assert.Equal("Page 1 of 3 (60 bookings)", pager.Find("[data-pager-summary]").TextContent.Trim());
        pager.Find("button[aria-label='Page 3']").Click();

        Assert.Equal(2, _page);
    }

    [Fact]
    public void The_pager_marks_the_current_page_and_steps_with_previous_and_next_across_gaps()
    {
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 4).Add(x => x.PageSize, 10).Add(x => x.Count, 200)
            .Add(x => x.Noun, "booking").Add(x => x.PageChanged, (int page) => _page = page));

        Assert.Equal("page", pager.Find("button[aria-label='Page 5']").GetAttribute("aria-current"));
        Assert.Single(pager.FindAll("[aria-current]"));
        Assert.Equal(["1", "4", "5", "6", "20"], pager.FindAll("button[aria-label^='Page ']").Select(b => b.TextContent.Trim()));
        Assert.Equal("Pages of bookings", pager.Find("nav").GetAttribute("aria-label"));

        pager.Find("button[aria-label='Next page']").Click();
        Assert.Equal(5, _page);
        pager.Find("button[aria-label='Previous page']").Click();
        Assert.Equal(3, _page);
    }

    [Fact]
    public void On_the_first_page_previous_is_disabled()
    {
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 25).Add(x => x.Count, 60).Add(x => x.Noun, "guest"));

        Assert.True(pager.Find("button[aria-label='Previous page']").HasAttribute("disabled"));
        Assert.False(pager.Find("button[aria-label='Next page']").HasAttribute("disabled"));
    }

    [Fact]
    public void One_page_needs_no_page_buttons_and_one_row_is_singular()
    {
        var pager = Render<ListPager>(p => p.Add(x => x.Page, 0).Add(x => x.PageSize, 25).Add(x => x.Count, 1).Add(x => x.Noun, "guest"));

        Assert.Equal("Page 1 of 1 (1 guest)", pager.Find("[data-pager-summary]").TextContent.Trim());
        Assert.Empty(pager.FindAll("button"));
    }
}
