using System.Collections.Immutable;

namespace FlowStudio.Core.Flows;

public sealed record FlowMetadata
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public string? Owner { get; init; }
}
