using System.Collections.Immutable;

namespace FlowStudio.Core.Catalog;

/// <summary>
/// An operation a connector offers to the connector action and poll trigger nodes, e.g.
/// <c>zoho-books.create_invoice</c>. Its input fields are filled through the node's field mapping.
/// </summary>
public sealed record ConnectorOperationDescriptor
{
    public required string Connector { get; init; }

    public required string Operation { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    /// <summary>Creates or changes something outside; the engine gives such calls an idempotency key.</summary>
    public bool HasSideEffects { get; init; }

    public ImmutableArray<ConfigFieldDescriptor> Inputs { get; init; } = [];

    /// <summary>The value stored in a <see cref="ConfigFieldType.ConnectorOperation"/> field.</summary>
    public string Key => $"{Connector}.{Operation}";
}
