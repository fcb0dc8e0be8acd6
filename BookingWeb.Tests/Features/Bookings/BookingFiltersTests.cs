using AngleSharp.Dom;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using MudBlazor;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>The bookings list's filter bar: what a receptionist types or picks becomes the filter the list gets.</summary>
public class BookingFiltersTests : ComponentTestContext
{
    private readonly List<BookingFilter> _emitted = [];
    private IRenderedComponent<MudPopoverProvider> _popovers = null!;

    public override Task InitializeAsync()
    {
        _popovers = Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    private IRenderedComponent<BookingFilters> RenderFilters(BookingFilter? filter = null) =>
        Render<BookingFilters>(p => p
            .Add(f => f.Filter, filter ?? BookingFilter.None)
            .Add(f => f.FilterChanged, (BookingFilter changed) => _emitted.Add(changed)));

    /// <summary>The input a label names, as a person finds it.</summary>
    private static IElement Field(IRenderedComponent<BookingFilters> filters, string label)
    {
        var labelled = filters.FindAll("label").Single(l => l.TextContent.Trim() == label);
        return filters.Find($"#{labelled.GetAttribute("for")}");
    }

    [Fact]
    public async Task Typing_a_search_and_pressing_Enter_filters_at_once()
    {
        var filters = RenderFilters();

        Field(filters, "Search").Input("lovelace");
        await filters.Find("form[role=search]").SubmitAsync(); // what Enter in the search box does

        // At once: by the time Enter is handled, not after the pause that typing alone waits for.
        Assert.Equal("lovelace", Assert.Single(_emitted).Search);
    }

    [Fact]
    public void Typing_a_search_filters_after_a_short_pause_without_Enter()
    {
        var filters = RenderFilters();

        Field(filters, "Search").Input("  hopper ");

        filters.WaitForAssertion(() => Assert.Equal("hopper", Assert.Single(_emitted).Search), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void A_search_longer_than_is_searched_says_what_is_searched_and_keeps_what_was_typed()
    {
        var filters = RenderFilters();
        var twelveWords = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"word{i}"));

        Field(filters, "Search").Input(twelveWords);

        filters.WaitForAssertion(() => Assert.Contains("Only the first 10 words are searched.", filters.Markup));
        filters.WaitForAssertion(() => Assert.Equal(twelveWords, Assert.Single(_emitted).Search), TimeSpan.FromSeconds(3));
        Assert.Equal("200", Field(filters, "Search").GetAttribute("maxlength"));

        Field(filters, "Search").Input(new string('x', 200));
        filters.WaitForAssertion(() => Assert.Contains("Only the first 200 characters are searched.", filters.Markup));
    }

    [Fact]
    public void Choosing_a_status_in_the_drop_down_filters_by_it()
    {
        var filters = RenderFilters();

        Field(filters, "Status").MouseDown();
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll("[role=option]"), o => o.TextContent.Contains("Checked in")));
        _popovers.FindAll("[role=option]").First(o => o.TextContent.Contains("Checked in")).Click();

        filters.WaitForAssertion(() => Assert.Equal([BookingStatus.CheckedIn], _emitted.Last().Statuses));
    }

    [Fact]
    public void The_status_items_are_not_held_until_the_list_opens_and_a_chosen_status_still_shows()
    {
        var filters = RenderFilters(new BookingFilter { Statuses = [BookingStatus.Cancelled] });
        Assert.Empty(filters.FindComponents<MudSelectItem<BookingStatus>>());
        Assert.Contains("Cancelled", filters.Find(".mud-select").TextContent + Field(filters, "Status").GetAttribute("value"));

        Field(filters, "Status").MouseDown();
        _popovers.WaitForAssertion(() => Assert.Equal(Enum.GetValues<BookingStatus>().Length, _popovers.FindAll("[role=option]").Count));
    }

    [Fact]
    public void The_stay_dates_are_date_inputs_that_show_the_filter_and_set_it_when_changed()
    {
        var filters = RenderFilters(new BookingFilter { StayFrom = new DateOnly(2026, 7, 1) });
        Assert.Equal("date", Field(filters, "Staying from").GetAttribute("type"));
        Assert.Equal("2026-07-01", Field(filters, "Staying from").GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(Field(filters, "Staying until").GetAttribute("value")));

        Field(filters, "Staying until").Change("2026-07-03");
        Assert.Equal(new DateOnly(2026, 7, 3), _emitted.Last().StayTo);
        Assert.Equal(new DateOnly(2026, 7, 1), _emitted.Last().StayFrom);

        Field(filters, "Staying from").Change("");
        Assert.Null(_emitted.Last().StayFrom);
        Assert.Equal(new DateOnly(2026, 7, 3), _emitted.Last().StayTo);
    }

    [Fact]
    public void Clear_filters_shows_only_when_something_is_filtered_and_empties_every_field()
    {
        Assert.DoesNotContain("Clear filters", RenderFilters().Markup);
        var filters = RenderFilters(new BookingFilter { Search = "turing", Statuses = [BookingStatus.Cancelled] });
        Assert.Equal("turing", Field(filters, "Search").GetAttribute("value"));

        filters.FindAll("button").Single(b => b.TextContent.Trim() == "Clear filters").Click();

        Assert.True(_emitted.Last().IsEmpty);
        Assert.True(string.IsNullOrEmpty(Field(filters, "Search").GetAttribute("value")));
    }

}
