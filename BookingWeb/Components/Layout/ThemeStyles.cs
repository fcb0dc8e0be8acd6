using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BookingWeb.Components.Layout;

/// <summary>
/// The theme's CSS variables (<c>--mud-palette-…</c>, typography, z-indexes), built once from
/// <see cref="BookingWebTheme"/> and written into the document's head by the static <c>App</c> component. A
/// <see cref="MudThemeProvider"/> in the layout would keep the same 12,000-character style in the render tree of every
/// open page (memory per circuit, issue 13); nothing in MudBlazor needs the provider itself at run time.
/// </summary>
public sealed class ThemeStyles : MudThemeProvider
{
    /// <summary>The theme's <c>&lt;style&gt;</c> elements: the variables and MudBlazor's thin scrollbars.</summary>
    public static MarkupString Markup { get; } = Build(BookingWebTheme.Theme);

    // BuildTheme and BuildMudBlazorScrollbar are protected: a subclass is MudBlazor's own way to reach them, and
    // they depend on nothing but the theme (no JS runtime, no render).
    private static MarkupString Build(MudTheme theme)
    {
        var provider = new ThemeStyles { Theme = theme };
        return new MarkupString(BuildMudBlazorScrollbar() + provider.BuildTheme());
    }
}
