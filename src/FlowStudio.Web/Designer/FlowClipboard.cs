using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>
/// Copy and paste of nodes. Lives for the browser session (one per circuit), so a copy in one flow can be
/// pasted into another. Pasted nodes get fresh ids; connections among them follow, others are dropped.
/// </summary>
public sealed class FlowClipboard
{
    public static readonly FlowPosition PasteOffset = new(40, 40);

    public ClipboardContent? Content { get; private set; }

    public ClipboardContent Copy(FlowDefinition flow, IEnumerable<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(nodeIds);
        var ids = nodeIds.ToHashSet(StringComparer.Ordinal);
        var content = new ClipboardContent(
            [.. flow.Nodes.Where(n => ids.Contains(n.Id))],
            [.. flow.Connections.Where(c => ids.Contains(c.FromNode) && ids.Contains(c.ToNode))]);
        if (!content.IsEmpty)
        {
            Content = content;
        }

        return content;
    }

    /// <summary>Adds the clipboard's nodes to <paramref name="flow"/>, shifted by <paramref name="offset"/>; returns the new flow and the new ids.</summary>
    public static (FlowDefinition Flow, IReadOnlyList<string> NewIds) Paste(FlowDefinition flow, ClipboardContent content, FlowPosition offset)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(content);
        var taken = flow.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<FlowNode>();
        foreach (var node in content.Nodes)
        {
            var id = taken.Contains(node.Id) ? NodeIds.Next(node.Type, taken) : node.Id;
            taken.Add(id);
            renamed[node.Id] = id;
            nodes.Add(node with { Id = id, Position = new FlowPosition(node.Position.X + offset.X, node.Position.Y + offset.Y) });
        }

        var connections = content.Connections.Select(c => c with { FromNode = renamed[c.FromNode], ToNode = renamed[c.ToNode] });
        return (flow with { Nodes = flow.Nodes.AddRange(nodes), Connections = flow.Connections.AddRange(connections) }, [.. renamed.Values]);
    }
}
