using FlowStudio.Core.Runs;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>One step of a run, keyed by run, iteration path and node; updated in place on each attempt.</summary>
internal sealed class RunStepEntity
{
    public Guid RunId { get; set; }

    public string IterationPath { get; set; } = string.Empty;

    public required string NodeId { get; set; }

    public StepStatus Status { get; set; }

    public int Attempt { get; set; }

    public string? InputJson { get; set; }

    /// <summary>The output as stored; the engine's truncation marker when it was over the cap.</summary>
    public string? OutputJson { get; set; }

    public bool OutputTruncated { get; set; }

    public string? Port { get; set; }

    public string? ErrorMessage { get; set; }

    public string? ErrorCode { get; set; }

    public bool ErrorTransient { get; set; }

    public TimeSpan? ErrorRetryAfter { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public TimeSpan? Duration { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? BookmarkId { get; set; }
}
