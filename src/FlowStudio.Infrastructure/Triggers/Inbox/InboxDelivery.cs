namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>What one delivery (a webhook call, a schedule fire, one poll) brings to a flow's trigger node.</summary>
internal sealed record InboxDelivery(Guid FlowId, string NodeId, TriggerKind Source, IReadOnlyList<InboxItem> Items)
{
    public string? ContentType { get; init; }

    public string? HeadersJson { get; init; }

    public string? StartedBy { get; init; }
}
