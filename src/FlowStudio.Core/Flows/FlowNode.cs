using System.Text.Json;

namespace FlowStudio.Core.Flows;

/// <summary>
/// One node of a flow. <see cref="Config"/> is a JSON object whose keys are described by the
/// node type's config schema; a <see cref="JsonElement"/> keeps it immutable once built.
/// </summary>
public sealed record FlowNode
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public string? Label { get; init; }

    public FlowPosition Position { get; init; }

    public JsonElement Config { get; init; } = NodeConfig.Empty;

    /// <summary>The label when set, else the id: what a person reads in a message.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Label) ? Id : Label;
}
