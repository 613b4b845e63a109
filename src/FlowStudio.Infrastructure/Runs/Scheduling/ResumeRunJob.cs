using FlowStudio.Infrastructure.Runs.Workers;
using Quartz;

namespace FlowStudio.Infrastructure.Runs.Scheduling;

/// <summary>
/// Fired by a run's resume trigger (a retry's next attempt, a delay, an approval timeout). The run's
/// <c>ReadyAt</c> in the database is what makes it claimable; this job wakes the workers of the node it
/// fires on, so the run resumes on time rather than at the next poll.
/// </summary>
internal sealed class ResumeRunJob(RunQueueSignal signal) : IJob
{
    public const string Group = "flowstudio-runs";
    public const string RunIdKey = "runId";

    public static JobKey Key { get; } = new("resume-run", Group);

    public static TriggerKey TriggerFor(Guid runId) => new($"resume-{runId:N}", Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return ValueTask.CompletedTask;
    }
}
