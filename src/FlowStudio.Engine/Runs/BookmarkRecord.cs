using FlowStudio.Core.Runs;

namespace FlowStudio.Engine.Runs;

/// <summary>A parked step's wait, stored in its own table so that a resume is a lookup by id.</summary>
public sealed record BookmarkRecord
{
    /// <summary>Deterministic: run id and step key, so a resumed step finds the bookmark it made.</summary>
    public required string BookmarkId { get; init; }

    public required Guid RunId { get; init; }

    public required string NodeId { get; init; }

    public string IterationPath { get; init; } = string.Empty;

    public required Bookmark Wait { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public BookmarkResolution? Resolution { get; init; }
}
