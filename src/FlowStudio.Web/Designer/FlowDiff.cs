using System.Text.Json;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>What changed between two versions of a flow: nodes added, removed and changed (label, type, config keys) and connections.</summary>
public sealed record FlowDiff(
    IReadOnlyList<FlowNode> Added,
    IReadOnlyList<FlowNode> Removed,
    IReadOnlyList<NodeChange> Changed,
    IReadOnlyList<FlowConnection> ConnectionsAdded,
    IReadOnlyList<FlowConnection> ConnectionsRemoved,
    int Moved)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0
        && ConnectionsAdded.Count == 0 && ConnectionsRemoved.Count == 0 && Moved == 0;

    public static FlowDiff Compare(FlowDefinition older, FlowDefinition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = newer.Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changed = new List<NodeChange>();
        var moved = 0;
        foreach (var (id, node) in after)
        {
            if (before.TryGetValue(id, out var old))
            {
                var fields = ChangedFields(old, node);
                if (fields.Count > 0)
                {
                    changed.Add(new NodeChange(id, node.DisplayName, fields));
                }

                if (old.Position != node.Position)
                {
                    moved++;
                }
            }
        }

        var oldLinks = older.Connections.ToHashSet();
        var newLinks = newer.Connections.ToHashSet();
        return new FlowDiff(
            [.. newer.Nodes.Where(n => !before.ContainsKey(n.Id))],
            [.. older.Nodes.Where(n => !after.ContainsKey(n.Id))],
            changed,
            [.. newer.Connections.Where(c => !oldLinks.Contains(c))],
            [.. older.Connections.Where(c => !newLinks.Contains(c))],
            moved);
    }

    private static List<string> ChangedFields(FlowNode old, FlowNode node)
    {
        var fields = new List<string>();
        if (old.Type != node.Type)
        {
            fields.Add("type");
        }

        if (old.Label != node.Label)
        {
            fields.Add("label");
        }

        var oldConfig = Properties(old.Config);
        var newConfig = Properties(node.Config);
        foreach (var key in oldConfig.Keys.Union(newConfig.Keys).Order(StringComparer.Ordinal))
        {
            if (oldConfig.GetValueOrDefault(key) != newConfig.GetValueOrDefault(key))
            {
                fields.Add($"config.{key}");
            }
        }

        return fields;
    }

    private static Dictionary<string, string> Properties(JsonElement config) =>
        config.ValueKind == JsonValueKind.Object
            ? config.EnumerateObject().ToDictionary(p => p.Name, p => JsonSerializer.Serialize(p.Value), StringComparer.Ordinal)
            : [];
}
