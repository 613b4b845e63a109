namespace FlowStudio.Infrastructure.Flows;

/// <summary>One entry of a flow's history, without its graph.</summary>
public sealed record FlowRevisionSummary(
    int Revision,
    int Version,
    FlowRevisionKind Kind,
    string Author,
    DateTimeOffset CreatedAt,
    string? Comment);
