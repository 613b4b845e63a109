using FlowStudio.Core.Flows;

namespace FlowStudio.Infrastructure.Flows;

/// <summary>One numbered version of a flow. Once <see cref="Status"/> is Published the row is never updated.</summary>
public sealed class FlowVersionRecord
{
    public Guid FlowId { get; set; }

    public int Number { get; set; }

    public FlowVersionStatus Status { get; set; }

    public required string DefinitionJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}
