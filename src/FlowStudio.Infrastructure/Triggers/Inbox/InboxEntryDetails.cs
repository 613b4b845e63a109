namespace FlowStudio.Infrastructure.Triggers.Inbox;

/// <summary>An entry with its body (as text, clipped) and kept headers, for the inbox's detail view.</summary>
public sealed record InboxEntryDetails(InboxEntrySummary Entry, string Body, bool BodyClipped, string? ContentType, string? HeadersJson);
