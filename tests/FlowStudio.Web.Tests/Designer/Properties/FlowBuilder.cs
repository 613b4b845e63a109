using System.Text.Json;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Tests.Designer.Properties;

/// <summary>A small flow for panel tests; draw it in an ASCII comment above the test.</summary>
internal sealed class FlowBuilder
{
    private readonly List<FlowNode> nodes = [];
    private readonly List<FlowConnection> connections = [];

    public FlowBuilder Node(string id, string type, string config = "{}", string? label = null)
    {
        nodes.Add(new FlowNode { Id = id, Type = type, Label = label, Config = NodeConfig.Parse(config) });
        return this;
    }

    public FlowBuilder Connect(string from, string to, string fromPort = "out", string toPort = "in")
    {
        connections.Add(new FlowConnection(from, fromPort, to, toPort));
        return this;
    }

    public FlowDefinition Build() => new() { Metadata = new FlowMetadata { Name = "Panel test" }, Nodes = [.. nodes], Connections = [.. connections] };

    public static IReadOnlyDictionary<string, JsonElement> Samples(params (string Key, string Json)[] samples) =>
        samples.ToDictionary(s => s.Key, s => NodeConfig.Parse(s.Json));
}
