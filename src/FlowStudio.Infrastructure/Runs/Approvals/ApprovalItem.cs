namespace FlowStudio.Infrastructure.Runs.Approvals;

/// <summary>A run waiting for a person's decision, as the approvals inbox shows it.</summary>
public sealed record ApprovalItem(
    string BookmarkId,
    Guid RunId,
    Guid FlowId,
    string FlowName,
    int FlowVersion,
    string NodeId,
    string ApproverRole,
    string? Message,
    string? Correlation,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt);
