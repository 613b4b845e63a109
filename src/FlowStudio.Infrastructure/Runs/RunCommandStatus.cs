namespace FlowStudio.Infrastructure.Runs;

public enum RunCommandStatus
{
    Succeeded,
    NotFound,
    Invalid,
    Conflict,
}
