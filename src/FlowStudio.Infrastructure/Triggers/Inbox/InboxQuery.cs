namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>
/// Filters for the inbox view; <see cref="Search"/> matches the event key, type or reason; <see cref="From"/> and
/// <see cref="To"/> bound the time received (inclusive).
/// </summary>
public sealed record InboxQuery(
    InboxStatus? Status = null, Guid? FlowId = null, string? Search = null, int Page = 0, int PageSize = 50,
    DateTimeOffset? From = null, DateTimeOffset? To = null);
