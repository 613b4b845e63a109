namespace FlowStudio.Infrastructure.Auditing;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total);
