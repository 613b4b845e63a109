using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>Which run changed; <see cref="Status"/> is its new status, or null when only a step was recorded.</summary>
public sealed class RunChangedEventArgs(Guid runId, RunStatus? status) : EventArgs
{
    public Guid RunId { get; } = runId;

    public RunStatus? Status { get; } = status;
}
