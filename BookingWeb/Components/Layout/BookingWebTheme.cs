using MudBlazor;

namespace BookingWeb.Components.Layout;

/// <summary>
/// The one place the look is decided: a calm slate blue with a warm accent, as at a front desk that is used all
/// day. No web font: the system's own sans-serif (Google Fonts are not reachable from every installation).
/// </summary>
public static class BookingWebTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#35557a",
            Secondary = "#b4722c",
            AppbarBackground = "#2b4663",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
            DrawerText = "rgba(0,0,0,0.8)",
            Success = "#2e7d4f",
            Warning = "#b26a00",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8fb3dc",
            Secondary = "#e0a461",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
