using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Catalog;

/// <summary>
/// The full declaration of a connector operation. Core's <see cref="ConnectorOperationDescriptor"/> carries the
/// id, name, inputs and side-effect flag; kind, output shape and idempotency live here until Core grows them.
/// </summary>
public sealed record ConnectorOperation(
    ConnectorOperationDescriptor Descriptor,
    ConnectorOperationKind Kind,
    ConnectorOutputShape Output,
    IdempotencyStrategy Idempotency)
{
    public string Key => Descriptor.Key;
}
