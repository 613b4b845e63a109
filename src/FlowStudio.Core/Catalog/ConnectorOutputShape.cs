using System.Collections.Immutable;

namespace FlowStudio.Core.Catalog;

/// <summary>What an operation returns, for the mapping editor: one record or a stream of records, and their fields.</summary>
public sealed record ConnectorOutputShape(string Entity, bool IsList, ImmutableArray<ConnectorOutputField> Fields);
