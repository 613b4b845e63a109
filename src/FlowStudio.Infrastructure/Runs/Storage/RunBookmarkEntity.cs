using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>A wait in its own table, so that a decision, a timer or an event finds it by id or by kind and key.</summary>
internal sealed class RunBookmarkEntity
{
    public required string Id { get; set; }

    public Guid RunId { get; set; }

    public required string NodeId { get; set; }

    public string IterationPath { get; set; } = string.Empty;

    public BookmarkKind Kind { get; set; }

    /// <summary>What a resume looks the wait up by: the approver role, the review item, or event type and correlation.</summary>
    public string? LookupKey { get; set; }

    /// <summary>The engine's <see cref="Bookmark"/>, serialised with its kind discriminator.</summary>
    public required string WaitJson { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? Outcome { get; set; }

    public string? ResolvedBy { get; set; }

    public string? Comment { get; set; }

    public string? DataJson { get; set; }
}
