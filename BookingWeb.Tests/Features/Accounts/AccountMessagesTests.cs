using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>What someone sees on a page their role may not open, at an address with nothing, and for other error codes.</summary>
public class AccountMessagesTests : ComponentTestContext
{
    [Fact]
    public void Not_authorised_says_who_manages_it_and_leads_back_to_the_dashboard()
    {
        var message = Render<NotAuthorisedMessage>();

        Assert.Equal("Not authorised", message.Find("h1").Text());
        Assert.Contains("You are not authorised to open this page", message.Markup);
        Assert.Equal("/", message.Links("Back to the dashboard").Single().GetAttribute("href"));
    }

    [Fact]
    public void Not_found_says_there_is_nothing_here()
    {
        var message = Render<NotFoundMessage>();

        Assert.Equal("Not found", message.Find("h1").Text());
        Assert.Contains("There is nothing at this address", message.Markup);
        Assert.Single(message.Links("Back to the dashboard"));
    }

    [Theory]
    [InlineData(403, "Not authorised")]
    [InlineData(404, "Not found")]
    [InlineData(500, "Something went wrong")]
    public void The_status_page_explains_each_code(int code, string heading)
    {
        var page = Render<StatusPage>(p => p.Add(s => s.Code, code));

        Assert.Equal(heading, page.Find("h1").Text());
    }
}
