namespace FlowStudio.Core.Runs;

/// <summary>The run life cycle: Pending → Running → Waiting/Succeeded/Failed/Cancelled.</summary>
public static class RunStatusRules
{
    public static bool IsTerminal(this RunStatus status) =>
        status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;

    public static bool CanMoveTo(this RunStatus from, RunStatus to) => (from, to) switch
    {
        (RunStatus.Pending, RunStatus.Running or RunStatus.Cancelled) => true,
        (RunStatus.Running, RunStatus.Waiting or RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled) => true,
        (RunStatus.Waiting, RunStatus.Running or RunStatus.Failed or RunStatus.Cancelled) => true,

        // Retry from the failed step puts a failed run back in the queue.
        (RunStatus.Failed, RunStatus.Pending) => true,
        _ => false,
    };
}
