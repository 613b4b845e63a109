namespace FlowStudio.Infrastructure.Auditing;

/// <summary>What to write to the audit log. Before/after are serialised to JSON as given.</summary>
public sealed record AuditRecord(
    string Action,
    string Summary,
    string? TargetType = null,
    string? TargetId = null,
    object? Before = null,
    object? After = null);
