namespace FlowStudio.Infrastructure.Flows;

/// <summary>
/// The graph as it stood after one change (create, save, publish, restore), kept for the designer's history:
/// a draft is overwritten in place by each save, so without these rows earlier work could not be shown,
/// compared or restored. Never updated once written.
/// </summary>
public sealed class FlowRevisionRecord
{
    public Guid FlowId { get; set; }

    /// <summary>The flow's <see cref="FlowRecord.Revision"/> after the change.</summary>
    public int Revision { get; set; }

    /// <summary>The version number the change wrote to.</summary>
    public int Version { get; set; }

    public FlowRevisionKind Kind { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Comment { get; set; }

    public required string DefinitionJson { get; set; }
}
