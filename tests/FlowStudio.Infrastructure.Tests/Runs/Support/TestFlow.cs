using FlowStudio.Core.Flows;

namespace FlowStudio.Infrastructure.Tests.Runs.Support;

/// <summary>Builds a flow graph for a test; draw it in an ASCII comment above the test.</summary>
internal sealed class TestFlow(string name = "Run test flow")
{
    private readonly List<FlowNode> _nodes = [];
    private readonly List<FlowConnection> _connections = [];

    public TestFlow Node(string id, string type, string config = "{}")
    {
        _nodes.Add(new FlowNode { Id = id, Type = type, Label = id, Position = new FlowPosition(_nodes.Count * 200, 100), Config = NodeConfig.Parse(config) });
        return this;
    }

    public TestFlow Connect(string from, string to, string fromPort = "out", string toPort = "in")
    {
        _connections.Add(new FlowConnection(from, fromPort, to, toPort));
        return this;
    }

    public FlowDefinition Build() => new()
    {
        Metadata = new FlowMetadata { Name = name },
        Nodes = [.. _nodes],
        Connections = [.. _connections],
    };
}
