namespace FlowStudio.Infrastructure.Lookups;

public enum LookupCommandStatus
{
    Succeeded,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>
/// Outcome of a lookup table command. On anything but success nothing was changed; <see cref="Errors"/> lists every
/// problem found, each with its row and column when it has one.
/// </summary>
public sealed record LookupCommandResult(LookupCommandStatus Status, LookupTableSummary? Table, IReadOnlyList<LookupProblem> Errors, string? Message = null)
{
    public bool Succeeded => Status == LookupCommandStatus.Succeeded;

    public static LookupCommandResult Success(LookupTableSummary table) => new(LookupCommandStatus.Succeeded, table, []);

    public static LookupCommandResult NotFound(Guid id) => new(LookupCommandStatus.NotFound, null, [], $"No lookup table with id {id}.");

    public static LookupCommandResult Conflict(string message) => new(LookupCommandStatus.Conflict, null, [], message);

    public static LookupCommandResult Invalid(IReadOnlyList<LookupProblem> errors, string message) =>
        new(LookupCommandStatus.Invalid, null, errors, message);
}
