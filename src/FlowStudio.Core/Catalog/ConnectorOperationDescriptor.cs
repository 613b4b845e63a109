using System.Collections.Immutable;

namespace FlowStudio.Core.Catalog;

/// <summary>
/// An operation a connector offers to the connector action and poll trigger nodes, e.g.
/// <c>zoho-books.invoices.create</c>, declared once: the palette, the mapping editor, validation and the
/// agent gateway are generated from it. Its input fields are filled through the node's field mapping.
/// </summary>
public sealed record ConnectorOperationDescriptor
{
    public required string Connector { get; init; }

    public required string Operation { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    /// <summary>Data source (reads) or action (changes something outside).</summary>
    public ConnectorOperationKind Kind { get; init; } = ConnectorOperationKind.DataSource;

    /// <summary>How a retried or resumed call avoids a second effect.</summary>
    public IdempotencyStrategy Idempotency { get; init; } = IdempotencyStrategy.ReadOnly;

    /// <summary>What the operation returns, for the data picker; null when it returns nothing worth mapping.</summary>
    public ConnectorOutputShape? Output { get; init; }

    /// <summary>Creates or changes something outside; the engine gives such calls an idempotency key.</summary>
    public bool HasSideEffects => Kind == ConnectorOperationKind.Action;

    public ImmutableArray<ConfigFieldDescriptor> Inputs { get; init; } = [];

    /// <summary>The value stored in a <see cref="ConfigFieldType.ConnectorOperation"/> field.</summary>
    public string Key => $"{Connector}.{Operation}";
}
