namespace FlowStudio.Core.Runs;

public enum RunStatus
{
    Pending,
    Running,
    Waiting,
    Succeeded,
    Failed,
    Cancelled,
}
