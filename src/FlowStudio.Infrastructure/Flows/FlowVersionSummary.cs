using FlowStudio.Core.Flows;

namespace FlowStudio.Infrastructure.Flows;

public sealed record FlowVersionSummary(
    int Number,
    FlowVersionStatus Status,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy);
