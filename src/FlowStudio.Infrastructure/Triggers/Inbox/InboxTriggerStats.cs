namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>What one trigger node has received: entries by status and when the last one arrived.</summary>
public sealed record InboxTriggerStats(Guid FlowId, string NodeId, IReadOnlyDictionary<InboxStatus, int> Counts, DateTimeOffset LastReceivedAt)
{
    public int CountOf(InboxStatus status) => Counts.GetValueOrDefault(status);
}
