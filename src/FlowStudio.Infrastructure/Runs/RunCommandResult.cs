namespace FlowStudio.Infrastructure.Runs;

/// <summary>Outcome of a run command; on anything but success nothing was changed and <see cref="Message"/> says why.</summary>
public sealed record RunCommandResult(RunCommandStatus Status, Guid? RunId, string? Message = null)
{
    public bool Succeeded => Status == RunCommandStatus.Succeeded;

    public static RunCommandResult Success(Guid runId) => new(RunCommandStatus.Succeeded, runId);

    public static RunCommandResult NotFound(string message) => new(RunCommandStatus.NotFound, null, message);

    public static RunCommandResult Invalid(string message) => new(RunCommandStatus.Invalid, null, message);

    public static RunCommandResult Conflict(Guid runId, string message) => new(RunCommandStatus.Conflict, runId, message);
}
