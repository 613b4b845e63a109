namespace FlowStudio.Infrastructure.Auditing;

/// <summary>One thing that happened: who did what to what, when, from where, with before/after state.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>User id of the actor; null for an anonymous actor such as a failed sign-in.</summary>
    public string? ActorId { get; set; }

    public required string ActorName { get; set; }

    public required string Action { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public required string Summary { get; set; }

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }

    public string? IpAddress { get; set; }
}
