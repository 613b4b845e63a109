using System.Text.Json;

namespace FlowStudio.Web.Designer;

/// <summary>Something that can be dragged onto the canvas: a node type, or a connector operation preset on a connector action.</summary>
public sealed record PaletteItem(string Key, string DisplayName, string Description, string Group, string NodeType, NodeAppearance Appearance)
{
    /// <summary>Config the new node starts with (e.g. the operation of a connector action); an empty object when null.</summary>
    public JsonElement? Config { get; init; }

    public bool Matches(string? search) =>
        string.IsNullOrWhiteSpace(search)
        || DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || Description.Contains(search, StringComparison.OrdinalIgnoreCase)
        || Group.Contains(search, StringComparison.OrdinalIgnoreCase)
        || Appearance.TypeName.Contains(search, StringComparison.OrdinalIgnoreCase);
}
