namespace FlowStudio.Infrastructure.Flows;

/// <summary>A node output pinned in the designer as sample data for mapping, so the flow need not run again.</summary>
public sealed class FlowPinnedSampleRecord
{
    public Guid FlowId { get; set; }

    public required string NodeId { get; set; }

    public required string Json { get; set; }

    public required string PinnedBy { get; set; }

    public DateTimeOffset PinnedAt { get; set; }
}
