using MudBlazor;

namespace FlowStudio.Web.Components.Layout;

/// <summary>The FlowStudio palette; system fonts only, since the app must work offline.</summary>
public static class FlowStudioTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#0f9d8a",
            AppbarBackground = "#173f5f",
            Background = "#f6f8fa",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6cb4e4",
            Secondary = "#38c9b3",
            AppbarBackground = "#14202b",
            Background = "#0f171e",
            Surface = "#17232e",
            DrawerBackground = "#14202b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
