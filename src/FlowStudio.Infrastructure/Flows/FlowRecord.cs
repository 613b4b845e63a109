namespace FlowStudio.Infrastructure.Flows;

/// <summary>A flow's identity and listing columns; its graphs live in <see cref="FlowVersionRecord"/>s.</summary>
public sealed class FlowRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Tags joined with commas, for listing and filtering without a join.</summary>
    public string Tags { get; set; } = "";

    public string? OwnerId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int LatestVersion { get; set; }

    public int? PublishedVersion { get; set; }

    /// <summary>Set when archived: hidden from the flows list, kept with its versions and runs.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Optimistic concurrency: an update names the revision it was made from.</summary>
    public int Revision { get; set; }

    public List<FlowVersionRecord> Versions { get; set; } = [];
}
