namespace FlowStudio.Infrastructure.Auditing;

/// <summary>Filters for reading the audit log; every filter is optional. Dates are inclusive instants.</summary>
public sealed record AuditQuery(
    string? Text = null,
    string? Action = null,
    string? Actor = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Skip = 0,
    int Take = 50);
