namespace FlowStudio.Infrastructure.Auditing;

/// <summary>Who did something and from where. <see cref="Id"/> is null for anonymous actors.</summary>
public sealed record AuditActor(string? Id, string Name, string? IpAddress)
{
    public static AuditActor System { get; } = new(null, "system", null);
}
