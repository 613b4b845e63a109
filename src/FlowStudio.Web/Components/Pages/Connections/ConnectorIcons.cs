using System.Reflection;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Connections;

/// <summary>Turns a connector's icon name (<c>Icons.Material.Filled.MenuBook</c>) into the SVG MudBlazor draws.</summary>
public static class ConnectorIcons
{
    private const string Prefix = "Icons.Material.Filled.";

    public static string Resolve(string? icon)
    {
        if (string.IsNullOrWhiteSpace(icon))
        {
            return Icons.Material.Filled.Cable;
        }

        if (icon.StartsWith('<'))
        {
            return icon;
        }

        var name = icon.StartsWith(Prefix, StringComparison.Ordinal) ? icon[Prefix.Length..] : icon;
        return typeof(Icons.Material.Filled).GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
            ?? Icons.Material.Filled.Cable;
    }
}
