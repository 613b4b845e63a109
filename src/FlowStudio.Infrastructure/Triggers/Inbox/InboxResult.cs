namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>What became of one recorded event.</summary>
public sealed record InboxResult(Guid EntryId, string EventKey, InboxStatus Status, Guid? RunId, string? Reason);
