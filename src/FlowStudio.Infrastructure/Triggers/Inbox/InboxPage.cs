namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>One page of inbox entries, newest first, and how many match in all.</summary>
public sealed record InboxPage(IReadOnlyList<InboxEntrySummary> Items, int Total);
