using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// The run's JSON payload: what has no column of its own. <see cref="V"/> is the format version, so a
/// later release can read rows written by an earlier one.
/// </summary>
internal sealed record RunStatePayload(int V, StepError? Error)
{
    public const int CurrentVersion = 1;
}
