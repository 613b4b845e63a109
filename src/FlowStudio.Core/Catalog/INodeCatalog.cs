namespace FlowStudio.Core.Catalog;

/// <summary>
/// The node types and connector operations known to this installation. Built-in node types are
/// registered at start; connectors add their operations (and any node types of their own) the same way.
/// </summary>
public interface INodeCatalog
{
    IReadOnlyCollection<NodeTypeDescriptor> NodeTypes { get; }

    IReadOnlyCollection<ConnectorOperationDescriptor> Operations { get; }

    NodeTypeDescriptor? Find(string typeKey);

    ConnectorOperationDescriptor? FindOperation(string operationKey);

    /// <summary>True when some operation of this connector is registered.</summary>
    bool HasConnector(string connector);

    /// <exception cref="InvalidOperationException">A node type with the same key exists.</exception>
    void Add(NodeTypeDescriptor descriptor);

    /// <exception cref="InvalidOperationException">An operation with the same key exists.</exception>
    void AddOperation(ConnectorOperationDescriptor operation);
}
