namespace FlowStudio.Infrastructure.Triggers.Storage;

/// <summary>
/// One trigger node of a flow's published version, kept across re-publishes by (flow, node): its hook
/// key, pause state and poll watermark survive a new version. Inactive once the node (or the flow's
/// published version) is gone; the row stays so the same node keeps its URL and watermark if it returns.
/// </summary>
internal sealed class TriggerEntity
{
    public Guid FlowId { get; set; }

    public required string NodeId { get; set; }

    public TriggerKind Kind { get; set; }

    /// <summary>Webhooks only: the unguessable key in <c>/hooks/{key}</c>.</summary>
    public string? HookKey { get; set; }

    public int FlowVersion { get; set; }

    /// <summary>The node's config as published.</summary>
    public required string ConfigJson { get; set; }

    public bool Active { get; set; }

    public bool Paused { get; set; }

    /// <summary>Polls only: the last change seen (ISO 8601 UTC when the cursor is a time).</summary>
    public string? Watermark { get; set; }

    public DateTimeOffset? LastFiredAt { get; set; }

    public int LastRunCount { get; set; }

    /// <summary>Why the trigger cannot fire or its last attempt failed (a bad cron, a poll error); null when fine.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
