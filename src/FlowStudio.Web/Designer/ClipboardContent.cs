using System.Collections.Immutable;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>Copied nodes and the connections among them.</summary>
public sealed record ClipboardContent(ImmutableArray<FlowNode> Nodes, ImmutableArray<FlowConnection> Connections)
{
    public bool IsEmpty => Nodes.IsDefaultOrEmpty;
}
