using FlowStudio.Core.Flows;

namespace FlowStudio.Engine.Tests.TestSupport;

internal sealed class FlowBuilder
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<FlowConnection> _connections = [];

    public FlowBuilder Node(string id, string type, string config = "{}")
    {
        _nodes.Add(new FlowNode { Id = id, Type = type, Position = new FlowPosition(_nodes.Count * 200, 100), Config = NodeConfig.Parse(config) });
        return this;
    }

    public FlowBuilder Connect(string from, string to, string fromPort = "out", string toPort = "in")
    {
        _connections.Add(new FlowConnection(from, fromPort, to, toPort));
        return this;
    }

    public FlowDefinition Build() => new()
    {
        Metadata = new FlowMetadata { Name = "Engine test flow" },
        Nodes = [.. _nodes],
        Connections = [.. _connections],
    };
}
