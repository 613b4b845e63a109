using System.Collections.Immutable;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>Copied nodes and the connections among them, and when they were copied.</summary>
public sealed record ClipboardContent(ImmutableArray<FlowNode> Nodes, ImmutableArray<FlowConnection> Connections)
{
    public bool IsEmpty => Nodes.IsDefaultOrEmpty;

    public DateTimeOffset CopiedAt { get; init; }

    /// <summary>The nodes of <paramref name="flow"/> named in <paramref name="nodeIds"/> and the connections among them.</summary>
    public static ClipboardContent Of(FlowDefinition flow, IEnumerable<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(nodeIds);
        var ids = nodeIds.ToHashSet(StringComparer.Ordinal);
        return new ClipboardContent(
            [.. flow.Nodes.Where(n => ids.Contains(n.Id))],
            [.. flow.Connections.Where(c => ids.Contains(c.FromNode) && ids.Contains(c.ToNode))]);
    }
}
