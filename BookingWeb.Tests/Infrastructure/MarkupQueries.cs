using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>Finds what a person sees in a bUnit render: buttons by their text, inputs by their label, links by their name.</summary>
public static class MarkupQueries
{
    public static IElement Button<T>(this IRenderedComponent<T> cut, string text) where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The input a &lt;label for&gt; with this text points at.</summary>
    public static IElement InputLabelled<T>(this IRenderedComponent<T> cut, string label) where T : IComponent
    {
        var labelElement = cut.FindAll("label").Single(l => l.TextContent.Trim() == label);
        var id = labelElement.GetAttribute("for") ?? throw new InvalidOperationException($"The label '{label}' points at nothing.");
        return cut.Find($"#{id}");
    }

    /// <summary>Links whose accessible name (aria-label, else text) starts with <paramref name="name"/>.</summary>
    public static IReadOnlyList<IElement> Links<T>(this IRenderedComponent<T> cut, string name) where T : IComponent =>
        cut.FindAll("a").Where(a => (a.GetAttribute("aria-label") ?? a.TextContent).Trim().StartsWith(name, StringComparison.Ordinal)).ToList();

    /// <summary>Whether the browser lets this many characters into the input (its maxlength would cut a paste silently).</summary>
    public static bool AcceptsAtLeast(IElement input, int characters) =>
        input.GetAttribute("maxlength") is not { } max || int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) >= characters;

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
