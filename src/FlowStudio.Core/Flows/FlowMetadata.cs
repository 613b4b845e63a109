using System.Collections.Immutable;

namespace FlowStudio.Core.Flows;

public sealed record FlowMetadata
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public string? Owner { get; init; }

    /// <summary>
    /// Id or name of a flow started whenever a run of this flow fails, with the failed run's details as its input
    /// (e.g. to post to Slack or email the finance lead); null for none. Runs of the handler never start a handler.
    /// </summary>
    public string? FailureHandler { get; init; }
}
