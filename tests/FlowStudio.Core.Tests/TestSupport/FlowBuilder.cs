using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Tests.TestSupport;

internal sealed class FlowBuilder
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<FlowConnection> _connections = [];

    public FlowBuilder Node(string id, string type, string config = "{}", string? label = null)
    {
        _nodes.Add(new FlowNode
        {
            Id = id,
            Type = type,
            Label = label,
            Position = new FlowPosition(_nodes.Count * 200, 100),
            Config = NodeConfig.Parse(config),
        });
        return this;
    }

    public FlowBuilder Connect(string from, string to, string fromPort = "out", string toPort = "in")
    {
        _connections.Add(new FlowConnection(from, fromPort, to, toPort));
        return this;
    }

    public FlowDefinition Build() => new()
    {
        Metadata = new FlowMetadata { Name = "Test flow", Tags = ["test"], Owner = "designer@example.com" },
        Nodes = [.. _nodes],
        Connections = [.. _connections],
    };
}
