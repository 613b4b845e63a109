using System.Text.Json;
using FlowStudio.Core.Runs;

namespace FlowStudio.Engine.Runs;

/// <summary>
/// One execution of a node, keyed by node id and iteration path (empty outside for-each branches,
/// e.g. <c>loop[3]</c> or <c>outer[3]/inner[0]</c> inside them).
/// </summary>
public sealed record StepRecord
{
    public required Guid RunId { get; init; }

    public required string NodeId { get; init; }

    public string IterationPath { get; init; } = string.Empty;

    public required StepStatus Status { get; init; }

    /// <summary>1 on the first attempt; a retry or a re-run after a crash counts up.</summary>
    public int Attempt { get; init; } = 1;

    public JsonElement? Input { get; init; }

    /// <summary>The output as stored; replaced by a truncation marker when over the size cap.</summary>
    public JsonElement? Output { get; init; }

    public bool OutputTruncated { get; init; }

    /// <summary>The output port the step took; null when it took none (stop, or a failure without an error port).</summary>
    public string? Port { get; init; }

    public StepError? Error { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public TimeSpan? Duration { get; init; }

    /// <summary>Set while a transient failure waits for its next attempt.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Set while the step waits on a bookmark (delay, approval).</summary>
    public string? BookmarkId { get; init; }

    public string Key => StepKeys.Of(NodeId, IterationPath);
}
