using System.Collections.Concurrent;

namespace FlowStudio.Core.Catalog;

/// <summary>Thread-safe <see cref="INodeCatalog"/>; type keys and operation keys are case-sensitive.</summary>
public sealed class NodeCatalog : INodeCatalog
{
    private readonly ConcurrentDictionary<string, NodeTypeDescriptor> _types = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConnectorOperationDescriptor> _operations = new(StringComparer.Ordinal);

    public IReadOnlyCollection<NodeTypeDescriptor> NodeTypes =>
        [.. _types.Values.OrderBy(t => t.Category).ThenBy(t => t.DisplayName, StringComparer.Ordinal)];

    public IReadOnlyCollection<ConnectorOperationDescriptor> Operations =>
        [.. _operations.Values.OrderBy(o => o.Key, StringComparer.Ordinal)];

    /// <summary>A catalog holding every built-in node type.</summary>
    public static NodeCatalog CreateBuiltIn()
    {
        var catalog = new NodeCatalog();
        foreach (var descriptor in BuiltInNodeTypes.All)
        {
            catalog.Add(descriptor);
        }

        return catalog;
    }

    public NodeTypeDescriptor? Find(string typeKey) => _types.GetValueOrDefault(typeKey);

    public ConnectorOperationDescriptor? FindOperation(string operationKey) => _operations.GetValueOrDefault(operationKey);

    public bool HasConnector(string connector) => _operations.Values.Any(o => o.Connector == connector);

    public void Add(NodeTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!_types.TryAdd(descriptor.TypeKey, descriptor))
        {
            throw new InvalidOperationException($"Node type '{descriptor.TypeKey}' is already registered.");
        }
    }

    public void AddOperation(ConnectorOperationDescriptor operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_operations.TryAdd(operation.Key, operation))
        {
            throw new InvalidOperationException($"Connector operation '{operation.Key}' is already registered.");
        }
    }
}
