namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>What one delivery (a webhook call, a schedule fire, one poll) brings to a flow's trigger node.</summary>
internal sealed record InboxDelivery(Guid FlowId, string NodeId, TriggerKind Source, IReadOnlyList<InboxItem> Items)
{
    public string? ContentType { get; init; }

    public string? HeadersJson { get; init; }

    public string? StartedBy { get; init; }

    /// <summary>
    /// False for polls: a record seen again (the boundary of an inclusive time filter) is not a new delivery, so
    /// no duplicate row is written for it; it still starts nothing.
    /// </summary>
    public bool RecordDuplicates { get; init; } = true;
}
