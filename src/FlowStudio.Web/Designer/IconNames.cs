using System.Collections.Concurrent;
using System.Reflection;
using MudBlazor;

namespace FlowStudio.Web.Designer;

/// <summary>
/// Turns an icon name stored in catalog metadata (e.g. <c>Icons.Material.Filled.Bolt</c>) into MudBlazor's SVG
/// markup. Unknown names fall back to a neutral icon rather than failing the canvas.
/// </summary>
public static class IconNames
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Fallback => Icons.Material.Filled.Extension;

    public static string Resolve(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Fallback : Cache.GetOrAdd(name, Lookup);

    private static string Lookup(string name)
    {
        if (name.StartsWith('<'))
        {
            return name;
        }

        var parts = name.Split('.');
        if (parts.Length != 4 || parts[0] != nameof(Icons))
        {
            return Fallback;
        }

        var type = typeof(Icons).GetNestedType(parts[1], BindingFlags.Public)?.GetNestedType(parts[2], BindingFlags.Public);
        return type?.GetField(parts[3], BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string ?? Fallback;
    }
}
