using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Flows;

/// <summary>A row of the flows list: the flow, who owns it, whether it is archived and how its last run went.</summary>
public sealed record FlowListItem(
    FlowSummary Flow,
    string? Owner,
    bool Archived,
    RunStatus? LastRunStatus,
    DateTimeOffset? LastRunAt)
{
    /// <summary>Published once and then unpublished: the flow is off, not a draft that never ran.</summary>
    public bool TurnedOff { get; init; }
}
