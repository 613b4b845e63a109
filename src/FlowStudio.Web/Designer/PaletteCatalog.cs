using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowStudio.Web.Designer;

/// <summary>
/// The palette and node appearance, built from the node catalog and the registered connector modules: built-in
/// node types by category, and one item per connector operation grouped by its module's category (or, for an
/// operation whose connector has no module, under the connector key).
/// </summary>
public sealed class PaletteCatalog
{
    private readonly INodeCatalog _catalog;
    private readonly Dictionary<string, IConnectorModule> _modules;

    public PaletteCatalog(INodeCatalog catalog, IEnumerable<IConnectorModule> modules)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(modules);
        _catalog = catalog;
        _modules = modules.GroupBy(m => m.Connector, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Items = [.. BuildItems().OrderBy(i => PaletteGroups.SortKey(i.Group)).ThenBy(i => i.DisplayName, StringComparer.CurrentCulture)];
    }

    public INodeCatalog Catalog => _catalog;

    public IReadOnlyList<PaletteItem> Items { get; }

    public PaletteItem? Find(string key) => Items.FirstOrDefault(i => i.Key == key);

    /// <summary>Icon, type line and group of a node as placed on the canvas.</summary>
    public NodeAppearance AppearanceOf(FlowNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var type = _catalog.Find(node.Type);
        if (type is null)
        {
            return new NodeAppearance("Icons.Material.Filled.HelpOutline", $"Unknown type {node.Type}", PaletteGroups.Data);
        }

        if (node.Type is NodeTypeKeys.ConnectorAction or NodeTypeKeys.PollTrigger
            && NodeConfig.GetString(node.Config, "operation") is { Length: > 0 } key)
        {
            var operation = _catalog.FindOperation(key);
            var connector = operation?.Connector ?? key.Split('.')[0];
            var module = _modules.GetValueOrDefault(connector);
            var typeName = operation is null ? $"{ConnectorName(connector)} · {key}" : $"{ConnectorName(connector)} · {operation.DisplayName}";
            return new NodeAppearance(module?.Icon ?? type.Icon, typeName, node.Type == NodeTypeKeys.PollTrigger ? PaletteGroups.Triggers : GroupOf(connector));
        }

        return new NodeAppearance(type.Icon, type.DisplayName, GroupOf(type));
    }

    private IEnumerable<PaletteItem> BuildItems()
    {
        foreach (var type in _catalog.NodeTypes)
        {
            yield return new PaletteItem(type.TypeKey, type.DisplayName, type.Description, GroupOf(type), type.TypeKey, new NodeAppearance(type.Icon, type.DisplayName, GroupOf(type)));
        }

        foreach (var operation in _catalog.Operations)
        {
            var module = _modules.GetValueOrDefault(operation.Connector);
            var config = NodeConfig.From(new JsonObject { ["operation"] = operation.Key });
            yield return new PaletteItem(
                operation.Key,
                operation.DisplayName,
                operation.Description ?? operation.DisplayName,
                GroupOf(operation.Connector),
                NodeTypeKeys.ConnectorAction,
                new NodeAppearance(module?.Icon ?? "Icons.Material.Filled.Bolt", $"{ConnectorName(operation.Connector)} · {operation.DisplayName}", GroupOf(operation.Connector)))
            {
                Config = config,
            };
        }
    }

    private string GroupOf(string connector) =>
        _modules.TryGetValue(connector, out var module) && !string.IsNullOrWhiteSpace(module.Category) ? module.Category : ConnectorName(connector);

    private string ConnectorName(string connector) =>
        _modules.TryGetValue(connector, out var module) ? module.DisplayName : Titled(connector);

    private static string Titled(string key) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key.Replace('-', ' ').Replace('_', ' '));

    private static string GroupOf(NodeTypeDescriptor type) => type.Category switch
    {
        NodeCategory.Trigger => PaletteGroups.Triggers,
        NodeCategory.Logic when type.TypeKey is NodeTypeKeys.Map or NodeTypeKeys.SetVariable => PaletteGroups.Data,
        NodeCategory.Action => PaletteGroups.Data,
        _ => PaletteGroups.Logic,
    };
}
