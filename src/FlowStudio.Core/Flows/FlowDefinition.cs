using System.Collections.Immutable;

namespace FlowStudio.Core.Flows;

/// <summary>A flow graph as saved and versioned: metadata, nodes and connections.</summary>
public sealed record FlowDefinition
{
    /// <summary>The schema version this build writes and the newest it can read.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required FlowMetadata Metadata { get; init; }

    public ImmutableArray<FlowNode> Nodes { get; init; } = [];

    public ImmutableArray<FlowConnection> Connections { get; init; } = [];

    public FlowNode? FindNode(string nodeId) => Nodes.FirstOrDefault(n => n.Id == nodeId);
}
