using BookingWeb.Components.Layout;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Collaboration.Live;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BookingWeb.Tests.Components;

/// <summary>What a person sees when a page fails: a sentence with a reference the log knows, and a way back.</summary>
public class PageErrorBoundaryTests : ComponentTestContext
{
    private readonly ListLogger<PageErrorBoundary> _log = new();

    public PageErrorBoundaryTests() => Services.AddSingleton<ILogger<PageErrorBoundary>>(_log);

    [Fact]
    public void A_page_that_fails_while_rendering_says_so_with_a_reference_that_is_logged_with_the_exception()
    {
        var boundary = Render<PageErrorBoundary>(p => p.AddChildContent<FailingPage>(page => page.Add(f => f.FailWhileRendering, true)));

        var alert = boundary.Find("[role=alert]");
        var reference = alert.GetAttribute("data-page-error")!;
        Assert.Matches("^[A-Z2-9]{8}$", reference);
        Assert.Contains($"Something went wrong (reference {reference}).", alert.TextContent);
        var logged = Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(reference, logged.Message);
        Assert.Equal("The page broke", logged.Exception?.Message);
    }

    [Fact]
    public void A_click_that_fails_shows_the_message_and_try_again_brings_the_page_back()
    {
        var boundary = Render<PageErrorBoundary>(p => p.AddChildContent<FailingPage>());

        boundary.Find("button#fail").Click();

        Assert.Contains("Something went wrong (reference", boundary.Find("[role=alert]").TextContent);
        Assert.Empty(boundary.FindAll("button#fail"));
        boundary.FindAll("button").Single(b => b.TextContent.Trim() == "Try again").Click();
        boundary.WaitForAssertion(() => Assert.Single(boundary.FindAll("button#fail")));
        Assert.Empty(boundary.FindAll("[role=alert]"));
    }

    [Fact]
    public void Each_failure_gets_its_own_reference()
    {
        var boundary = Render<PageErrorBoundary>(p => p.AddChildContent<FailingPage>());

        boundary.Find("button#fail").Click();
        var first = boundary.Find("[role=alert]").GetAttribute("data-page-error");
        boundary.FindAll("button").Single(b => b.TextContent.Trim() == "Try again").Click();
        boundary.Find("button#fail").Click();

        Assert.NotEqual(first, boundary.Find("[role=alert]").GetAttribute("data-page-error"));
        Assert.Equal(2, _log.Entries.Count(e => e.Level == LogLevel.Error));
    }

    /// <summary>A page that throws while rendering, or when its button is clicked.</summary>
    private sealed class FailingPage : ComponentBase
    {
        [Parameter] public bool FailWhileRendering { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (FailWhileRendering) throw new InvalidOperationException("The page broke");
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "id", "fail");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => throw new InvalidOperationException("The click broke")));
            builder.AddContent(3, "Fail");
            builder.CloseElement();
        }
    }
}
