namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// The durable inbox: one row per delivered event (a webhook, a schedule fire, a polled record), written
/// before the sender is answered. <see cref="UniqueKey"/> is unique per flow and set only for the first
/// verified copy of an event, so a duplicate can never start a second run.
/// </summary>
internal sealed class InboxEntryEntity
{
    public Guid Id { get; set; }

    public Guid FlowId { get; set; }

    public required string NodeId { get; set; }

    public TriggerKind Source { get; set; }

    public InboxStatus Status { get; set; }

    /// <summary>The event's identity: provider event id, schedule fire time, record id@modified, or a body hash.</summary>
    public required string EventKey { get; set; }

    /// <summary><c>{node}:{EventKey}</c> for the first verified copy; null for duplicates and rejections.</summary>
    public string? UniqueKey { get; set; }

    public string? EventType { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The raw bytes as received (one event's JSON for a batched delivery); rejected bodies are clipped.</summary>
    public byte[] Body { get; set; } = [];

    public string? ContentType { get; set; }

    /// <summary>Headers worth keeping (event ids, topic, timestamps), as JSON; never a secret.</summary>
    public string? HeadersJson { get; set; }

    public Guid? RunId { get; set; }

    public Guid? RedeliveredRunId { get; set; }

    public DateTimeOffset? RedeliveredAt { get; set; }

    public string? RedeliveredBy { get; set; }
}
