using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>A run as the run list shows it. <see cref="FlowVersion"/> is the version it runs, whatever is published now.</summary>
public sealed record RunSummary(
    Guid Id,
    Guid FlowId,
    string? FlowName,
    int FlowVersion,
    RunStatus Status,
    string? Correlation,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? StartedBy,
    Guid? SourceRunId)
{
    public TimeSpan? Duration => StartedAt is { } started && FinishedAt is { } finished ? finished - started : null;

    public bool CanCancel => Status is RunStatus.Pending or RunStatus.Running or RunStatus.Waiting;

    public bool CanRetry => Status == RunStatus.Failed;
}
