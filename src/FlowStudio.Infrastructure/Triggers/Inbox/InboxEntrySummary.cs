namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>An inbox entry as the admin inbox lists it.</summary>
public sealed record InboxEntrySummary(
    Guid Id,
    Guid FlowId,
    string FlowName,
    string NodeId,
    TriggerKind Source,
    InboxStatus Status,
    string EventKey,
    string? EventType,
    string? Reason,
    DateTimeOffset ReceivedAt,
    Guid? RunId,
    Guid? RedeliveredRunId,
    DateTimeOffset? RedeliveredAt,
    string? RedeliveredBy)
{
    /// <summary>Only verified deliveries can be sent to the flow again.</summary>
    public bool CanRedeliver => Status != InboxStatus.Rejected;
}
