using FlowStudio.Core.Validation;

namespace FlowStudio.Infrastructure.Flows;

public enum FlowCommandStatus
{
    Succeeded,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>Outcome of a flow command. On anything but success nothing was changed.</summary>
public sealed record FlowCommandResult(FlowCommandStatus Status, FlowSummary? Flow, IReadOnlyList<ValidationIssue> Issues, string? Message = null)
{
    public static FlowCommandResult Success(FlowSummary flow, IReadOnlyList<ValidationIssue>? warnings = null) =>
        new(FlowCommandStatus.Succeeded, flow, warnings ?? []);

    public static FlowCommandResult NotFound(Guid id) => new(FlowCommandStatus.NotFound, null, [], $"No flow with id {id}.");

    public static FlowCommandResult Conflict(string message) => new(FlowCommandStatus.Conflict, null, [], message);

    public static FlowCommandResult Invalid(IReadOnlyList<ValidationIssue> issues, string message) =>
        new(FlowCommandStatus.Invalid, null, issues, message);
}
