using System.Collections.Immutable;
using System.Text.Json;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Catalog;

/// <summary>Everything the designer, validator and API need to know about a node type.</summary>
public sealed record NodeTypeDescriptor
{
    public required string TypeKey { get; init; }

    public required NodeCategory Category { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>A MudBlazor icon name, e.g. <c>Icons.Material.Filled.Bolt</c>.</summary>
    public required string Icon { get; init; }

    public required string Description { get; init; }

    public ImmutableArray<PortDescriptor> InputPorts { get; init; } = [];

    /// <summary>Ports every node of this type has, after any ports from <see cref="OutputPortsFromConfig"/>.</summary>
    public ImmutableArray<PortDescriptor> OutputPorts { get; init; } = [];

    public ConfigPortSource? OutputPortsFromConfig { get; init; }

    public ImmutableArray<ConfigFieldDescriptor> ConfigFields { get; init; } = [];

    /// <summary>A node whose only purpose is routing (condition, switch) must route somewhere.</summary>
    public bool RequiresConnectedOutput { get; init; }

    public bool IsTrigger => Category == NodeCategory.Trigger;

    public ConfigFieldDescriptor? FindField(string key) => ConfigFields.FirstOrDefault(f => f.Key == key);

    public PortDescriptor? FindInputPort(string name) => InputPorts.FirstOrDefault(p => p.Name == name);

    /// <summary>The output ports of a node of this type with the given config.</summary>
    public IReadOnlyList<PortDescriptor> GetOutputPorts(JsonElement config)
    {
        if (OutputPortsFromConfig is not { } source
            || NodeConfig.Get(config, source.ConfigKey) is not { ValueKind: JsonValueKind.Array } items)
        {
            return OutputPorts;
        }

        var ports = new List<PortDescriptor>();
        foreach (var item in items.EnumerateArray())
        {
            var name = NodeConfig.GetString(item, source.NameProperty);
            if (!string.IsNullOrWhiteSpace(name))
            {
                ports.Add(new PortDescriptor(name, NodeConfig.GetString(item, source.LabelProperty) ?? name));
            }
        }

        ports.AddRange(OutputPorts);
        return ports;
    }
}
