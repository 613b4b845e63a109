namespace FlowStudio.Core.Runs;

public enum StepStatus
{
    Pending,
    Running,
    Waiting,
    Succeeded,
    Failed,
    Skipped,
    Cancelled,
}
