namespace FlowStudio.Infrastructure.Triggers;

/// <summary>A trigger as the Triggers page lists it; never a secret.</summary>
public sealed record TriggerSummary(
    Guid FlowId,
    string FlowName,
    string NodeId,
    TriggerKind Kind,
    bool Active,
    bool Paused,
    int FlowVersion,
    string? HookKey,
    string ConfigJson,
    string? Watermark,
    DateTimeOffset? LastFiredAt,
    int LastRunCount,
    string? LastError);
